-- The patient's name as the header's search compares it (SearchName): upper case, without accents,
-- apostrophes, spaces or hyphens, surname then name. New patients get it from the application; the
-- patients already registered get it here (TRANSLATE and UPPER behave alike on H2 and PostgreSQL).

alter table patient add column search_name varchar(210);

update patient set search_name =
    upper(replace(replace(replace(replace(replace(translate(family_name,
        'àáâäèéêëìíîïòóôöùúûüçñÀÁÂÄÈÉÊËÌÍÎÏÒÓÔÖÙÚÛÜÇÑ',
        'aaaaeeeeiiiioooouuuucnAAAAEEEEIIIIOOOOUUUUCN'), '''', ''), '’', ''), ' ', ''), '-', ''), '.', ''))
    || ' ' ||
    upper(replace(replace(replace(replace(replace(translate(given_name,
        'àáâäèéêëìíîïòóôöùúûüçñÀÁÂÄÈÉÊËÌÍÎÏÒÓÔÖÙÚÛÜÇÑ',
        'aaaaeeeeiiiioooouuuucnAAAAEEEEIIIIOOOOUUUUCN'), '''', ''), '’', ''), ' ', ''), '-', ''), '.', ''));

alter table patient alter column search_name set not null;

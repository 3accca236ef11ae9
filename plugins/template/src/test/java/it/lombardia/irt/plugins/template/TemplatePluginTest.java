package it.lombardia.irt.plugins.template;

import it.lombardia.irt.plugin.kit.PluginContract;

/** Runs the contract kit: the same checks IRT applies when it loads the plug-in. */
class TemplatePluginTest extends PluginContract {

  TemplatePluginTest() {
    super(TemplatePlugin.class, "template");
  }
}

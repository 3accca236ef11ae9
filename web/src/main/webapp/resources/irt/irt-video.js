/*
 * Opens a Jitsi Meet room in a page through its IFrame API. The config comes from the server
 * (VideoConfig): api (the external_api.js address), domain, roomName, jwt, displayName,
 * moderator. The moderator turns the lobby on, so the patient waits until admitted.
 * onLeft is called when the participant leaves the room; onUnavailable (optional) when the video
 * service cannot be reached, after the node says so.
 */
var irtVideo = (function () {
  var LOAD_TIMEOUT_MS = 15000;

  function unavailable(node) {
    node.classList.add('irt-video-unavailable');
    node.textContent = node.getAttribute('data-unavailable') || 'Video non disponibile';
  }

  function start(config, node, onLeft) {
    var api = new JitsiMeetExternalAPI(config.domain, {
      roomName: config.roomName,
      jwt: config.jwt,
      parentNode: node,
      width: '100%',
      height: '100%',
      userInfo: { displayName: config.displayName },
      lang: document.documentElement.lang || 'it'
    });
    if (config.moderator) {
      api.addListener('videoConferenceJoined', function () {
        api.executeCommand('toggleLobby', true);
      });
    }
    api.addListener('videoConferenceLeft', function () {
      if (onLeft) {
        onLeft();
      }
    });
    return api;
  }

  return {
    open: function (config, nodeId, onLeft, onUnavailable) {
      window.irtJitsi = config;
      var node = document.getElementById(nodeId);
      if (typeof JitsiMeetExternalAPI !== 'undefined') {
        return start(config, node, onLeft);
      }
      var script = document.createElement('script');
      var settled = false;
      // a service that never answers is as unreachable as one that refuses
      var fail = function () {
        if (!settled) {
          settled = true;
          unavailable(node);
          if (onUnavailable) {
            onUnavailable();
          }
        }
      };
      var timer = setTimeout(fail, LOAD_TIMEOUT_MS);
      script.src = config.api;
      script.onload = function () {
        clearTimeout(timer);
        if (!settled) {
          settled = true;
          start(config, node, onLeft);
        }
      };
      script.onerror = function () {
        clearTimeout(timer);
        fail();
      };
      document.head.appendChild(script);
    }
  };
})();

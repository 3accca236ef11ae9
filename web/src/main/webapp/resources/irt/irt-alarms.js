/*
 * Alarm news pushed through the Faces web socket "alarms" (AlarmPush): the bell and, on the alarm
 * inbox, the list ask the server again (with the user's own rights); a new critical alarm is also
 * said in the header's live region and sounded with a short tone.
 */
window.irtAlarmNews = function (message) {
  if (typeof window.irtRefreshBell === 'function') {
    window.irtRefreshBell();
  }
  if (typeof window.irtRefreshInbox === 'function') {
    window.irtRefreshInbox();
  }
  if (message === 'critical') {
    irtAnnounceCritical();
  }
};

function irtAnnounceCritical() {
  var live = document.getElementById('alarm-live');
  if (live) {
    live.textContent = live.dataset.critical;
  }
  window.irtAlarmTones = (window.irtAlarmTones || 0) + 1;
  try {
    var Audio = window.AudioContext || window.webkitAudioContext;
    var audio = new Audio();
    var tone = audio.createOscillator();
    var volume = audio.createGain();
    tone.frequency.value = 880;
    volume.gain.value = 0.2;
    tone.connect(volume);
    volume.connect(audio.destination);
    tone.start();
    tone.stop(audio.currentTime + 0.8);
  } catch (e) {
    // no sound on this device: the live region still says it
  }
}

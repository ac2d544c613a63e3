// Bare benchmark page: one trivial command, then report ready.
const { invoke } = window.__TAURI__.core;
const answer = await invoke('startup');
document.getElementById('status').textContent = answer;
await invoke('ui_ready');

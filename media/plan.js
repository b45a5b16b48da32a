// Interview Loop Plan webview. Its only powers: ask the extension to open a story by the id the extension
// rendered, to start a new story for a gap it listed, and remember the scroll position across re-renders.
(function () {
  'use strict';
  const vscode = acquireVsCodeApi();

  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target.closest('button.open[data-id], button.new[data-principle]') : null;
    if (!target) return;
    event.preventDefault();
    if (target.classList.contains('open')) vscode.postMessage({ type: 'open', id: target.getAttribute('data-id') });
    else vscode.postMessage({ type: 'newStory', principle: target.getAttribute('data-principle') });
  });

  const state = vscode.getState();
  if (state && (state.x || state.y)) window.scrollTo(state.x || 0, state.y || 0);
  let queued = false;
  window.addEventListener(
    'scroll',
    () => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(() => {
        queued = false;
        vscode.setState({ x: window.scrollX, y: window.scrollY });
      });
    },
    { passive: true },
  );
})();

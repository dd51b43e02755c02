// Keeps the 大字模式 checkbox, the <html data-dazi> attribute and localStorage in step across pages.
const KEY = 'dazi';
const root = document.documentElement;
const box = document.querySelector<HTMLInputElement>('[data-dazi-toggle]');
if (box) {
  box.checked = root.hasAttribute('data-dazi');
  box.addEventListener('change', () => {
    root.toggleAttribute('data-dazi', box.checked);
    try {
      if (box.checked) localStorage.setItem(KEY, '1');
      else localStorage.removeItem(KEY);
    } catch {
      // Private mode or a WeChat webview without storage: the choice lasts for this page only.
    }
  });
}

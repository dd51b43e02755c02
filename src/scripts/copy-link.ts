// 复制链接: shows each [data-copy-link] block's button and copies its data-copy-url. The outcome is announced in
// the block's role=status region. Where the clipboard API is missing or refused (plain http, some in-app
// browsers), the address text is selected instead, so the visitor can copy it from the selection menu.

/** Writes `text` to the clipboard; falls back to selecting `source` and the legacy copy command. */
async function copy(text: string, source: HTMLElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const range = document.createRange();
    range.selectNodeContents(source);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    try {
      // Deprecated, but the only copy some WeChat and older Android webviews offer.
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
}

/** Sets the status text; a repeated message is cleared first so screen readers announce it again. */
function announce(status: HTMLElement, message: string): void {
  if (status.textContent === message) {
    status.textContent = '';
    setTimeout(() => (status.textContent = message), 100);
  } else {
    status.textContent = message;
  }
}

for (const block of document.querySelectorAll<HTMLElement>('[data-copy-link]')) {
  const url = block.dataset.copyUrl;
  const button = block.querySelector<HTMLButtonElement>('[data-copy-button]');
  const source = block.querySelector<HTMLElement>('[data-copy-source]');
  const status = block.querySelector<HTMLElement>('[data-copy-status]');
  if (!url || !button || !source || !status) continue;
  button.hidden = false;
  button.addEventListener('click', async () => {
    announce(status, (await copy(url, source)) ? '已复制' : '链接已选中，请手动复制');
  });
}

/**
 * Copy buttons of the chart frames' tools (the embed code, the chart's link).
 * Loaded with the island loader, so only pages with charts carry it. Without
 * JavaScript the buttons stay hidden and the text is there to select. A button
 * names the field it copies (data-copy="<id>"); its status line says whether
 * copying worked, and when the browser refuses the clipboard the text is
 * selected so the reader can copy it by hand.
 */
/**
 * The outcome in the page's language. Kept here, not in every frame's HTML:
 * the chart pages' HTML budget is tighter than their JS budget. The same words
 * as chart.copied / chart.copyFailed in lib/i18n.ts (a unit test holds them equal).
 */
export const WORDS = {
  en: { ok: 'Copied.', fail: 'Copying was blocked; the text is selected: press Ctrl+C (⌘C on a Mac).' },
  es: { ok: 'Copiado.', fail: 'No se pudo copiar; el texto está seleccionado: pulse Ctrl+C (⌘C en un Mac).' },
};

const lang = (el: Element) => el.closest('[lang]')?.getAttribute('lang')?.slice(0, 2);

function field(button: HTMLElement): HTMLInputElement | HTMLTextAreaElement | null {
  const el = document.getElementById(button.dataset['copy'] ?? '');
  return el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? el : null;
}

async function copy(button: HTMLButtonElement): Promise<void> {
  const target = field(button);
  const status = button.closest('.ch-tools')?.querySelector<HTMLElement>(':scope > [role="status"]');
  const words = lang(button) === 'es' ? WORDS.es : WORDS.en;
  if (!target) return;
  let ok = false;
  try {
    await navigator.clipboard.writeText(target.value);
    ok = true;
  } catch {
    target.focus();
    target.select();
  }
  if (status) {
    // Cleared, then filled a moment later, so the same words said twice are announced twice.
    status.textContent = '';
    setTimeout(() => (status.textContent = ok ? words.ok : words.fail), 60);
  }
}

export function wireCopyButtons(root: ParentNode = document): void {
  root.querySelectorAll<HTMLButtonElement>('button[data-copy]').forEach((b) => {
    if (b.dataset['wired']) return;
    b.dataset['wired'] = '';
    b.hidden = false;
    b.addEventListener('click', () => void copy(b));
  });
}

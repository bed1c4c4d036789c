/**
 * The only chart script that runs at page load (a few hundred bytes): it
 * defines <chart-island> and, when a chart comes within 200 px of the
 * viewport, imports that chart kind's island (charts/<kind>/island.ts, one
 * chunk per kind), which upgrades the server SVG. A page downloads only the
 * code of the charts it shows. If this never runs, the static SVG, its
 * labels and the table still work. It also wires the frame's copy buttons
 * (copy.ts, a few hundred bytes).
 */
import { wireCopyButtons } from './copy.ts';

interface Island {
  enhance(host: HTMLElement): void;
}

const islands = import.meta.glob<Island>('../../*/island.ts');

function load(host: HTMLElement): void {
  const importer = islands[`../../${host.dataset['kind'] ?? ''}/island.ts`];
  if (!importer) {
    host.dataset['state'] = 'failed';
    return;
  }
  importer()
    .then((m) => m.enhance(host))
    .catch(() => {
      // The static chart stays as it is.
      host.dataset['state'] = 'failed';
    });
}

class ChartIsland extends HTMLElement {
  connectedCallback(): void {
    const figure = this.closest('figure');
    if (figure) wireCopyButtons(figure);
    if (this.dataset['state']) return;
    this.dataset['state'] = 'waiting';
    if (!('IntersectionObserver' in window)) return load(this);
    const io = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          io.disconnect();
          load(this);
        }
      },
      { rootMargin: '200px 0px' },
    );
    io.observe(this);
  }
}

if (!customElements.get('chart-island')) customElements.define('chart-island', ChartIsland);

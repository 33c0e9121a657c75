// DOM building without HTML strings: everything that comes from the graph (article text, labels,
// quotes, IRIs) becomes text nodes; links are made only for http(s) URLs.

type Child = Node | string | number | null | undefined | false;

export interface Props {
  className?: string;
  title?: string;
  id?: string;
  type?: string;
  role?: string;
  hidden?: boolean;
  dataset?: Record<string, string>;
  attrs?: Record<string, string>;
  onClick?: (e: MouseEvent) => void;
}

/** `h('p', {className: 'x'}, 'text', child)`: an element with text and element children. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props | null = null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props) {
    if (props.className) el.className = props.className;
    if (props.title) el.title = props.title;
    if (props.id) el.id = props.id;
    if (props.role) el.setAttribute('role', props.role);
    if (props.hidden) el.hidden = true;
    if (props.type && el instanceof HTMLButtonElement) el.type = props.type as 'button';
    if (props.dataset) for (const [k, v] of Object.entries(props.dataset)) el.dataset[k] = v;
    if (props.attrs) for (const [k, v] of Object.entries(props.attrs)) el.setAttribute(k, v);
    if (props.onClick) el.addEventListener('click', props.onClick as EventListener);
  }
  append(el, ...children);
  return el;
}

export function append(el: Element, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

export function clear(el: Element): void {
  el.replaceChildren();
}

/** The URL, normalized, when it is http(s); undefined for anything else (javascript:, data:, ...). */
export function safeHttpUrl(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return undefined;
  }
  return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
}

/** A link that opens in a new tab when `url` is http(s); otherwise the text alone. */
export function link(url: string | undefined, text: string, className?: string): HTMLElement {
  const safe = safeHttpUrl(url);
  if (!safe) return h('span', { className, title: url ?? '' }, text);
  const a = h('a', { className }, text);
  a.href = safe;
  a.target = '_blank';
  a.rel = 'noopener noreferrer';
  return a;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} is missing from the page`);
  return el as T;
}

/** Saves a blob as a file download. */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

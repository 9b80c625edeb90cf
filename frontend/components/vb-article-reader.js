// <vb-article-reader>: an article's text exactly as stored, with its quotes highlighted by review status.
// Offsets are UTF-16 code units, as in Java. Plain custom element: no build step, no dependencies.
//
// Properties: text (string), quotes (JSON string: [{id,start,end,status,speaker}]), selected (quote id or -1).
// Events: quote-click {id}, span-select {start,end} (start -1 when the selection is cleared),
//         reader-key {key} for the review shortcuts j k c x e ? Escape (not fired while typing in a field); j and k
//         also move the highlight in the browser without waiting for the server.
class VbArticleReader extends HTMLElement {
  constructor() {
    super();
    this._text = '';
    this._quotes = [];
    this._selected = -1;
    this._onKey = (e) => this._key(e);
    this._onSelect = () => this._selection();
  }

  connectedCallback() {
    if (!this._root) {
      this._root = document.createElement('div');
      this._root.className = 'vb-reader-text';
      this._root.setAttribute('role', 'document');
      this.appendChild(this._root);
      this._root.addEventListener('click', (e) => {
        const mark = e.target.closest('mark[data-id]');
        const sel = window.getSelection();
        if (mark && (!sel || sel.isCollapsed)) {
          this.dispatchEvent(new CustomEvent('quote-click', {detail: {id: Number(mark.dataset.id)}}));
        }
      });
      this._root.addEventListener('mouseup', this._onSelect);
      this._root.addEventListener('keyup', this._onSelect);
      this._render();
    }
    document.addEventListener('keydown', this._onKey);
  }

  disconnectedCallback() {
    document.removeEventListener('keydown', this._onKey);
  }

  set text(value) { this._text = value || ''; this._render(); }
  get text() { return this._text; }

  set quotes(value) {
    try { this._quotes = value ? JSON.parse(value) : []; } catch (e) { this._quotes = []; }
    this._render();
  }

  set selected(value) { this._selected = Number(value); this._highlightSelected(true); }
  get selected() { return this._selected; }

  _render() {
    if (!this._root) return;
    const text = this._text;
    const quotes = this._quotes.filter(q => q.start >= 0 && q.end <= text.length && q.end > q.start);
    const cuts = new Set([0, text.length]);
    quotes.forEach(q => { cuts.add(q.start); cuts.add(q.end); });
    const points = [...cuts].sort((a, b) => a - b);
    const frag = document.createDocumentFragment();
    const started = new Set();
    for (let i = 0; i < points.length - 1; i++) {
      const from = points[i], to = points[i + 1];
      if (to <= from) continue;
      // the innermost quote covering this piece wins, so nested spans stay clickable
      let cover = null;
      for (const q of quotes) {
        if (q.start <= from && q.end >= to && (!cover || q.end - q.start < cover.end - cover.start)) cover = q;
      }
      const piece = document.createElement(cover ? 'mark' : 'span');
      piece.dataset.s = String(from);
      piece.textContent = text.substring(from, to);
      if (cover) {
        piece.dataset.id = String(cover.id);
        piece.className = 'vb-q vb-q-' + String(cover.status || 'pending').toLowerCase();
        piece.title = (cover.speaker || 'no speaker') + ' · ' + String(cover.status || '').toLowerCase();
        if (!started.has(cover.id)) {
          started.add(cover.id);
          piece.classList.add('vb-q-first');
          piece.dataset.speaker = cover.speaker || '?';
        }
      }
      frag.appendChild(piece);
    }
    this._root.replaceChildren(frag);
    this._highlightSelected(false);
  }

  _highlightSelected(scroll) {
    if (!this._root) return;
    this._root.querySelectorAll('mark.vb-q-selected').forEach(m => m.classList.remove('vb-q-selected'));
    const marks = this._root.querySelectorAll('mark[data-id="' + this._selected + '"]');
    marks.forEach(m => m.classList.add('vb-q-selected'));
    if (scroll && marks.length) marks[0].scrollIntoView({block: 'center', behavior: 'smooth'});
  }

  _offset(node, offset) {
    if (node.nodeType === Node.TEXT_NODE) {
      const piece = node.parentElement.closest('[data-s]');
      return piece ? Number(piece.dataset.s) + offset : -1;
    }
    if (node === this._root) {
      const child = this._root.childNodes[offset];
      return child ? Number(child.dataset.s) : this._text.length;
    }
    const piece = node.closest ? node.closest('[data-s]') : null;
    if (!piece) return -1;
    return offset === 0 ? Number(piece.dataset.s) : Number(piece.dataset.s) + piece.textContent.length;
  }

  _selection() {
    const sel = window.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) {
      this.dispatchEvent(new CustomEvent('span-select', {detail: {start: -1, end: -1}}));
      return;
    }
    const range = sel.getRangeAt(0);
    if (!this._root.contains(range.startContainer) || !this._root.contains(range.endContainer)) return;
    let start = this._offset(range.startContainer, range.startOffset);
    let end = this._offset(range.endContainer, range.endOffset);
    if (start < 0 || end < 0) return;
    // a selection dragged over white space at its edges means the words, not the spaces
    while (start < end && /\s/.test(this._text[start])) start++;
    while (end > start && /\s/.test(this._text[end - 1])) end--;
    if (end > start) {
      this.dispatchEvent(new CustomEvent('span-select', {detail: {start, end}}));
    }
  }

  // j / k move the highlight at once, as the server will: next or previous in reading order, wrapping around, the
  // first or last when none is selected; the server's answer brings the quote's panel
  _step(direction) {
    const n = this._quotes.length;
    if (n === 0) return;
    const at = this._quotes.findIndex(q => q.id === this._selected);
    const next = at < 0 ? (direction > 0 ? 0 : n - 1) : (at + direction + n) % n;
    this.selected = this._quotes[next].id;
  }

  _key(e) {
    if (e.ctrlKey || e.metaKey || e.altKey || !this.isConnected || this.offsetParent === null) return;
    const typing = e.composedPath().some(el => el instanceof HTMLElement &&
        (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName) ||
         /^VAADIN-(TEXT|COMBO|SELECT|DATE|NUMBER|PASSWORD|EMAIL|DIALOG)/.test(el.tagName)));
    if (typing || document.querySelector('vaadin-dialog-overlay[opened]')) return;
    if (['j', 'k', 'c', 'x', 'e', '?', 'Escape'].includes(e.key)) {
      e.preventDefault();
      if (e.key === 'j' || e.key === 'k') this._step(e.key === 'j' ? 1 : -1);
      this.dispatchEvent(new CustomEvent('reader-key', {detail: {key: e.key}}));
    }
  }
}

if (!customElements.get('vb-article-reader')) {
  customElements.define('vb-article-reader', VbArticleReader);
}

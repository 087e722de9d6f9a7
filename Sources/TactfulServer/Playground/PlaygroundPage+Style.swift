extension PlaygroundPage {
    /// The page's CSS: system fonts, high contrast, a highlight layer exactly behind the textarea.
    static let style = """
        :root { --ink:#1b1f24; --muted:#57606a; --line:#d0d7de; --bg:#f6f8fa; --accent:#0a58ca;
          --error:#cf222e; --warning:#9a6700; --info:#0969da; }
        * { box-sizing: border-box; }
        body { margin:0; font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;
          color:var(--ink); background:#fff; }
        header { display:flex; flex-wrap:wrap; align-items:center; gap:1rem 2rem; padding:.75rem 1.5rem;
          border-bottom:1px solid var(--line); background:var(--bg); }
        h1 { font-size:1.25rem; margin:0; } h1 span { font-weight:400; color:var(--muted); }
        h2 { font-size:1rem; margin:1.25rem 0 .5rem; }
        label { font-size:.9rem; color:var(--muted); margin-right:.75rem; }
        select, input, button { font:inherit; font-size:.95rem; padding:.3rem .5rem; border:1px solid var(--line);
          border-radius:6px; background:#fff; color:var(--ink); }
        button { cursor:pointer; background:var(--accent); color:#fff; border-color:var(--accent); }
        button:focus-visible, select:focus-visible, input:focus-visible, textarea:focus-visible, li:focus-visible {
          outline:3px solid #fd8c73; outline-offset:2px; }
        main { display:grid; grid-template-columns:minmax(0,1fr) 20rem; gap:1.5rem; padding:1rem 1.5rem; }
        @media (max-width: 900px) { main { grid-template-columns:1fr; } }
        .field { position:relative; }
        #backdrop, textarea { font:16px/1.6 ui-monospace,"SFMono-Regular",Menlo,Consolas,"Noto Sans Mono",monospace;
          padding:.75rem; border:1px solid var(--line); border-radius:8px; white-space:pre-wrap;
          overflow-wrap:break-word; word-break:normal; letter-spacing:normal; }
        #backdrop { position:absolute; inset:0; overflow:auto; color:transparent; background:#fff; border-color:transparent; }
        textarea { position:relative; display:block; width:100%; min-height:16rem; resize:vertical; background:transparent;
          color:var(--ink); caret-color:var(--ink); }
        mark { color:transparent; border-radius:3px; }
        mark.error { background:#ffd8d3; box-shadow:0 2px 0 var(--error); }
        mark.warning { background:#fff1c2; box-shadow:0 2px 0 var(--warning); }
        mark.info { background:#ddf4ff; box-shadow:0 2px 0 var(--info); }
        mark.active { outline:2px solid var(--ink); }
        #status { color:var(--muted); font-size:.9rem; margin:.5rem 0 0; }
        #findings { list-style:none; padding:0; margin:0; }
        #findings li { border:1px solid var(--line); border-left:4px solid var(--info); border-radius:6px;
          padding:.5rem .75rem; margin-bottom:.5rem; }
        #findings li.error { border-left-color:var(--error); } #findings li.warning { border-left-color:var(--warning); }
        .meta { font-size:.8rem; color:var(--muted); } .match { font-weight:600; }
        .badge { display:inline-block; font-size:.75rem; font-weight:600; text-transform:uppercase; margin-right:.4rem; }
        .badge.error { color:var(--error); } .badge.warning { color:var(--warning); } .badge.info { color:var(--info); }
        .fixes button { margin:.35rem .35rem 0 0; font-size:.85rem; }
        .fixes button.unsafe { background:#fff; color:var(--accent); }
        aside { border-left:1px solid var(--line); padding-left:1.25rem; }
        aside form label { display:block; margin:.35rem 0; } aside input { width:100%; }
        .result { background:var(--bg); padding:.5rem; border-radius:6px; white-space:pre-wrap; font-size:.85rem;
          min-height:2rem; }
        .hint { font-size:.85rem; color:var(--muted); }
        kbd { border:1px solid var(--line); border-radius:4px; padding:0 .25rem; font-size:.8rem; }
        """
}

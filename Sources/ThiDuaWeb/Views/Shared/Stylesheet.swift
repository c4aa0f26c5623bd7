/// Our own stylesheet (no CDN). Served from /static/style.css with a long cache.
enum Stylesheet {
    static let css = """
        :root { --ink:#1d2433; --muted:#5a6478; --line:#d5dae3; --brand:#a3161a; --brand-dark:#7d1013; --bg:#f6f7f9;
                --ok:#1e6b3a; --warn:#8a5a00; --err:#b3261e; --focus:#1f5fbf; }
        * { box-sizing: border-box; }
        html { font-size: 16px; }
        body { margin:0; font-family: "Noto Sans", "Segoe UI", Roboto, Arial, sans-serif; color:var(--ink); background:var(--bg); line-height:1.5; }
        a { color: var(--focus); }
        a:focus, button:focus, input:focus, select:focus, textarea:focus { outline: 3px solid var(--focus); outline-offset: 2px; }
        .skip { position:absolute; left:-999px; top:0; background:#fff; padding:.5rem 1rem; z-index:10; }
        .skip:focus { left: .5rem; }
        .topbar { background: var(--brand); color:#fff; padding:.5rem 1rem; display:flex; flex-wrap:wrap; gap:.5rem 1.5rem; align-items:center; }
        .topbar a { color:#fff; text-decoration:none; }
        .brand { font-weight:700; font-size:1.1rem; }
        .topbar nav { display:flex; flex-wrap:wrap; gap:.5rem 1.5rem; align-items:center; flex:1; justify-content:space-between; }
        .topbar ul { list-style:none; display:flex; flex-wrap:wrap; gap:.25rem 1rem; margin:0; padding:0; }
        .topbar a[aria-current="page"] { text-decoration: underline; text-underline-offset: 4px; }
        .who { display:flex; flex-wrap:wrap; gap:.5rem; align-items:center; font-size:.9rem; }
        .who button.link { color:#fff; }
        .demo-banner { background:#fff4d6; border-bottom:1px solid #e8c96a; color:#5a4300; padding:.4rem 1rem; font-size:.9rem; }
        main { max-width: 72rem; margin: 0 auto; padding: 1rem; }
        h1 { font-size: 1.5rem; margin: .5rem 0 1rem; }
        h2 { font-size: 1.2rem; margin: 1.5rem 0 .5rem; }
        .footer { color: var(--muted); font-size:.85rem; text-align:center; padding: 2rem 1rem; }
        .flash { background:#e7f4ec; border:1px solid #a8d5b8; color:var(--ok); padding:.5rem .75rem; border-radius:4px; }
        .error-summary { background:#fdecea; border:1px solid #f0b4ae; color:var(--err); padding:.5rem .75rem; border-radius:4px; margin-bottom:1rem; }
        .error-summary ul { margin:.25rem 0 0; }
        .card { background:#fff; border:1px solid var(--line); border-radius:6px; padding:1rem; margin-bottom:1rem; }
        .card.narrow { max-width: 28rem; }
        .card > h2:first-child { margin-top:0; }
        .grid { display:grid; gap:1rem; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); }
        .stat { font-size: 2rem; font-weight:700; color: var(--brand); }
        .actions { display:flex; flex-wrap:wrap; gap:.5rem; align-items:center; margin: .5rem 0 1rem; }
        .button, button { display:inline-block; font: inherit; padding:.45rem .9rem; border-radius:4px; border:1px solid var(--line);
                          background:#fff; color:var(--ink); cursor:pointer; text-decoration:none; }
        button.primary, .button.primary { background: var(--brand); border-color: var(--brand); color:#fff; }
        button.primary:hover, .button.primary:hover { background: var(--brand-dark); }
        button.danger { border-color: var(--err); color: var(--err); }
        button.link { background:none; border:none; padding:0; text-decoration:underline; }
        form.inline { display:inline; }
        form.inline + form.inline { margin-left:.75rem; }
        .field { display:flex; flex-direction:column; gap:.2rem; margin-bottom:.9rem; max-width: 36rem; }
        .field label { font-weight:600; }
        .field input, .field select, .field textarea { font: inherit; padding:.45rem .6rem; border:1px solid #9aa3b2; border-radius:4px; background:#fff; width:100%; }
        /* A box keeps its own size and sits on its label's first line, wherever it is. */
        input[type=checkbox], input[type=radio], .field input[type=checkbox], .field input[type=radio] { width:auto; padding:0; margin:.2rem 0 0; flex:none; }
        .check, label.check { display:inline-flex; align-items:flex-start; gap:.4rem; margin:0 1rem .4rem 0; font-weight:400; }
        .checks { display:flex; flex-wrap:wrap; align-items:flex-start; }
        .field .check label { font-weight:400; }
        .field .hint { color: var(--muted); font-size:.85rem; margin:0; }
        .field .error { color: var(--err); font-size:.9rem; margin:0; font-weight:600; }
        .has-error input, .has-error select { border-color: var(--err); border-width:2px; }
        .req { color: var(--err); }
        .search { display:flex; flex-wrap:wrap; gap:.5rem; align-items:flex-end; margin-bottom: .5rem; }
        .search .field { margin:0; flex: 1 1 14rem; }
        .count { color: var(--muted); margin:.25rem 0; }
        .table-wrap { overflow-x:auto; background:#fff; border:1px solid var(--line); border-radius:6px; }
        table { border-collapse: collapse; width:100%; }
        th, td { text-align:left; padding:.5rem .6rem; border-bottom:1px solid var(--line); vertical-align:top; }
        th { background:#eef1f5; font-size:.9rem; }
        tr:last-child td { border-bottom:none; }
        .muted { color: var(--muted); }
        .badge { display:inline-block; font-size:.8rem; padding:.05rem .45rem; border-radius:99px; background:#eef1f5; border:1px solid var(--line); }
        .badge.head { background:#fde7e7; border-color:#f0b4ae; color:var(--brand-dark); }
        .badge.deputy { background:#fff4d6; border-color:#e8c96a; color:#5a4300; }
        .badge.off { background:#eee; color:#555; }
        .badge.round { background:#fde7e7; border-color:#f0b4ae; color:var(--brand-dark); }
        .badge.pending { background:#fff4d6; border-color:#e8c96a; color:#5a4300; margin-left:.3rem; }
        tr.round td { font-weight:600; }
        .badge.status-launched { background:#e3f4e8; border-color:#8fc9a0; color:#14532d; }
        .badge.status-midTermReviewed, .badge.status-closed { background:#e8eefc; border-color:#a9bdf0; color:#1d3a7a; }
        ul.bulletin { list-style:none; padding:0; }
        ul.bulletin > li { border-bottom:1px solid var(--line); padding:.5rem 0; }
        .prose p { margin:.25rem 0 .5rem; }
        .prose p:last-child { margin-bottom:0; }
        .struck { text-decoration: line-through; }
        .badge.outcome-eligible { background:#e3f4e8; border-color:#8fc9a0; color:#14532d; }
        .badge.outcome-notEligible { background:#fdecea; border-color:#f0b4ae; color:#7a1d12; }
        .badge.outcome-manualCheck { background:#fff4d6; border-color:#e8c96a; color:#5a4300; }
        .warning { background:#fff4d6; border:1px solid #e8c96a; color:#5a4300; padding:.5rem .75rem; border-radius:4px; }
        .eligibility .amount { white-space:nowrap; font-variant-numeric:tabular-nums; }
        .reward { margin:.25rem 0 .5rem; }
        .visually-hidden { position:absolute; width:1px; height:1px; overflow:hidden; clip:rect(0 0 0 0); white-space:nowrap; }
        table.rows { width:100%; table-layout:fixed; }
        table.rows input, table.rows select { width:100%; min-width:0; box-sizing:border-box; }
        ul.eligibility { list-style:none; padding:0; margin:0 0 1rem; }
        ul.eligibility > li { border:1px solid var(--line); border-radius:6px; background:#fff; margin-bottom:.4rem; }
        ul.eligibility summary { padding:.5rem .75rem; cursor:pointer; }
        ul.eligibility .reasons { padding:0 .75rem .5rem; }
        .reasons ul { padding-left:1.1rem; margin:.3rem 0; }
        .reasons li { margin-bottom:.35rem; }
        .reasons li.holds .mark { color:#14532d; font-weight:600; }
        .reasons li.fails .mark { color:var(--err); font-weight:600; }
        .reasons li.manual .mark { color:#5a4300; font-weight:600; }
        .basis { color: var(--muted); }
        code { overflow-wrap: anywhere; word-break: break-all; }
        .inline-form { display:flex; flex-wrap:wrap; gap:.5rem; align-items:flex-end; margin-bottom:.5rem; }
        .inline-form .field { margin:0; }
        .group { border-top:1px solid var(--line); margin:0 0 1rem; padding-top:.5rem; }
        .group h2 { font-size:1.05rem; margin:.25rem 0 .5rem; }
        dl.facts { display:grid; grid-template-columns: minmax(8rem, max-content) 1fr; gap:.3rem 1rem; margin:0; }
        dl.facts dt { color: var(--muted); }
        dl.facts dd { margin:0; }
        .pagination { display:flex; gap:1rem; align-items:center; margin: .75rem 0; flex-wrap:wrap; }
        .years { display:flex; flex-wrap:wrap; gap:.5rem; list-style:none; padding:0; }
        .years a[aria-current="page"] { font-weight:700; }
        .topbar a.sign-in { margin-left:auto; font-weight:600; text-decoration:underline; }
        .breadcrumbs ol { list-style:none; display:flex; flex-wrap:wrap; gap:.25rem; margin:0 0 .5rem; padding:0; font-size:.9rem; color:var(--muted); }
        .breadcrumbs li + li::before { content:"›"; margin-right:.25rem; color:var(--muted); }
        .breadcrumbs [aria-current] { color:var(--ink); }
        .footnotes { color:var(--muted); margin:.25rem 0 .5rem; }
        td pre { white-space: pre-wrap; overflow-wrap: anywhere; margin:.3rem 0 0; }
        ul.changes { padding-left:1.1rem; margin:0; }
        ul.tasks { padding-left:1.1rem; margin:.25rem 0; }
        ul.tasks li { margin-bottom:.35rem; }
        .due { color:var(--warn); font-weight:600; }
        details.withdrawn { margin:.75rem 0; }
        details.withdrawn li { margin-bottom:.4rem; }
        /* Paper: the content only, black on white, links as text, every row on the page. */
        @media print {
          .topbar, .skip, .demo-banner, .footer, .breadcrumbs, form, .actions, .pagination, .flash, button { display:none !important; }
          body { background:#fff; color:#000; font-size:11pt; }
          main { max-width:none; padding:0; }
          a { color:#000; text-decoration:none; }
          .card, .table-wrap { border:none; padding:0; overflow:visible; }
          table { font-size:10pt; }
          th, td { border:1px solid #999; padding:.2rem .35rem; }
          tr { break-inside: avoid; }
          h1 { font-size:15pt; margin-top:0; }
        }
        @media (max-width: 40rem) {
          .topbar { flex-direction: column; align-items: flex-start; }
          .topbar nav { width: 100%; }
          main { padding: .75rem; }
          h1 { font-size: 1.3rem; }
          dl.facts { grid-template-columns: 1fr; }
          dl.facts dd { margin-bottom:.4rem; }
          /* Lists become stacked cards so nothing scrolls sideways on a phone. */
          table.stack thead { position:absolute; left:-9999px; }
          table.stack, table.stack tbody, table.stack tr, table.stack td { display:block; width:100%; }
          table.stack tr { border-bottom:1px solid var(--line); padding:.4rem 0; }
          table.stack td { border:none; padding:.15rem .6rem; }
          table.stack td[data-label]::before { content: attr(data-label) ": "; color: var(--muted); font-size:.85rem; }
        }
        """
}

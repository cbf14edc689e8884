/**
 * The exported page's stylesheet, inlined into the page so the file stands alone. The palette is
 * the app's (eight passage tints with their edges, light and dark), and colour is never the only
 * signal: passages carry numbers, edits are struck through or underlined, moved passages an arrow.
 */
export const EXPORT_CSS = `
:root{--bg:#f7f6f3;--surface:#fff;--border:#d9d6cf;--text:#1d1c1a;--muted:#5c5953;--accent:#1f5fbf;
--ins-bg:#c9ecd3;--ins-text:#0b4a1e;--del-bg:#f8d0cc;--del-text:#6e120b;
--p0:#dbe8ff;--p1:#fde2c8;--p2:#d8f1e0;--p3:#f3dcf4;--p4:#fff1b8;--p5:#d6f0f4;--p6:#f9d9de;--p7:#e4e1fb;
--e0:#3a6fd0;--e1:#c76a12;--e2:#2e8a4d;--e3:#a04aa8;--e4:#9a7b00;--e5:#1f8796;--e6:#c23b55;--e7:#5a4fc7;color-scheme:light dark}
@media (prefers-color-scheme:dark){:root{--bg:#161615;--surface:#1f1f1d;--border:#3d3c38;--text:#ecebe7;--muted:#b2afa7;--accent:#7fb0ff;
--ins-bg:#184d2a;--ins-text:#c9f5d6;--del-bg:#5c1f1a;--del-text:#ffd6d1;
--p0:#1f3457;--p1:#4a3016;--p2:#1d3f2a;--p3:#412447;--p4:#3f3610;--p5:#173d44;--p6:#4a1f29;--p7:#2c2850;
--e0:#7fa9f5;--e1:#f0a35c;--e2:#6fcf8f;--e3:#d98be0;--e4:#e0c84a;--e5:#63c7d6;--e6:#f08198;--e7:#a99ff5}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--text);font:15px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif}
a{color:var(--accent)}
.report{max-width:80em;margin:0 auto;padding:1.2em 1.5em 0}
h1{font-size:1.4em;margin:0 0 .3em}
.summary{font-size:1.05em;margin:.2em 0}
.params,.legend,footer{color:var(--muted);font-size:.88em}
.legend>*{margin-right:.4em}
nav h2{font-size:1em;margin:1em 0 .3em}
.passages{padding-left:0;list-style:none;margin:0;font-size:.9em}
.passages li{margin:.25em 0}
.passages q{font-family:Georgia,'Times New Roman',serif;color:var(--muted)}
.moved-tag{border:1px dashed var(--muted);border-radius:3px;padding:0 .2em}
.columns{display:grid;grid-template-columns:1fr 1fr;gap:1.5em;max-width:80em;margin:1em auto;padding:0 1.5em}
@media (max-width:800px){.columns{grid-template-columns:1fr}}
.column{background:var(--surface);border:1px solid var(--border);border-radius:8px;padding:1.2em 1.5em;min-width:0}
.column header{border-bottom:1px solid var(--border);margin-bottom:1em;padding-bottom:.6em}
.column h2{font:600 1.3em/1.25 Georgia,'Times New Roman',serif;margin:.2em 0 .4em}
.side{font-weight:700;color:var(--muted);border:1px solid var(--border);border-radius:4px;padding:0 .4em;font-size:.85em}
dl{margin:0;font-size:.85em}dt,dd{display:inline}dt{color:var(--muted)}dt::after{content:': '}dd{margin:0 1.1em 0 0}
.text{font:1.05em/1.7 'Iowan Old Style','Palatino Linotype',Palatino,Georgia,serif}
.text p{margin:0 0 1em;overflow-wrap:break-word}
.passage{border-radius:2px;-webkit-box-decoration-break:clone;box-decoration-break:clone}
.paraphrase{text-decoration:underline dotted 2px;text-underline-offset:3px}
.passage.moved{outline:1px dashed var(--muted);outline-offset:1px}
del{background:var(--del-bg);color:var(--del-text);text-decoration:line-through}
ins{background:var(--ins-bg);color:var(--ins-text);text-decoration:underline double;text-underline-offset:2px}
.label,.badge{display:inline-block;min-width:1.6em;padding:0 .25em;margin-right:.25em;border:2px solid;border-radius:4px;font:700 .72em/1.45 system-ui,sans-serif;text-align:center;color:var(--text);text-decoration:none;vertical-align:.15em}
.label:target{outline:3px solid var(--accent);outline-offset:2px}
${Array.from({ length: 8 }, (_, i) => `.passage.p${i}{text-decoration:underline dashed 1px var(--e${i});text-underline-offset:3px}.kept.p${i}{background:var(--p${i});box-shadow:inset 0 -2px 0 var(--e${i});text-decoration:none}.paraphrase.p${i}{text-decoration-color:var(--e${i})}.label.p${i},.badge.p${i}{background:var(--p${i});border-color:var(--e${i})}`).join('\n')}
footer{max-width:80em;margin:0 auto 2em;padding:0 1.5em}
@media print{body{background:#fff}.column{border:0;padding:0}.columns{gap:1em}}
`;

package dev.electorate.harness.report;

/** The page's own CSS, shared SVG definitions and the small script for windows and zoom, all inline. */
final class PageStyle {
    private PageStyle() {}

    static final String CSS = """
            body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:16px 28px;color:#1d2329;background:#fff}
            h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:18px 0 6px;border-bottom:1px solid #dde1e6;padding-bottom:4px}
            h3{font-size:15.5px;margin:14px 0 2px}h4{font-size:13px;margin:10px 0 2px;color:#555}
            .facts{color:#444;margin:2px 0 4px}.facts span{margin-right:18px}.facts b{font-weight:600;color:#1d2329}
            table.matrix{border-collapse:collapse;margin:6px 0}
            .matrix th,.matrix td{border:1px solid #d0d5db;padding:4px 8px;text-align:center;font-size:12.5px;vertical-align:top}
            .matrix th{background:#f3f5f7}.matrix th.alg{text-align:left}
            .matrix td small{display:block;color:#444;font-size:11px}
            .v-holds{background:#d8f0dc}.v-violated-expected{background:#fde9b8}.v-violated-unexpected{background:#f6bcbc;font-weight:600}
            .v-none{background:#fff;color:#999}
            .key{display:inline-flex;align-items:center;margin-right:14px;font-size:12.5px}
            .key i{display:inline-block;width:14px;height:12px;margin-right:5px;border:1px solid #bbb}
            .legend{margin:2px 0;font-size:12.5px}.legend .key svg{margin-right:5px}
            .verdict{padding:1px 7px;border-radius:3px;font-size:12px;font-weight:600}
            .violation-text{color:#a40000;font-weight:600;margin:2px 0}
.replay{margin:2px 0 6px}.replay code{background:#1d2329;color:#e8eaed;padding:2px 8px;border-radius:3px;font-size:12.5px}
                        .bar{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:4px 16px;margin:4px 0}.controls{margin:0}.controls button{font:inherit;font-size:12.5px;margin-right:6px;padding:2px 10px}
            .controls .where{margin-left:8px;color:#444}
            .scroll{overflow-x:auto;border:1px solid #e3e6ea;border-radius:3px}
            .window-svg,.overview{display:block}
            svg text{font:12px system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;fill:#333}
            .gutter-label{fill:#666;font-size:11px}.lane-label{font-weight:600;font-size:13px;fill:#1d2329}
            .side{font-size:10px;fill:#b03a1e;font-weight:600}
            .axis line{stroke:#999}.axis line.grid{stroke:#e6e8eb}.axis text{fill:#666;font-size:11px}
            .lane-bg{fill:#fbfbfc}.lane-bg.odd{fill:#f2f4f6}.lane-line{stroke:#c5cad1;stroke-width:1}
            .role.idle{fill:#c7ccd4}.role.follower{fill:#5b9bd5}.role.candidate{fill:#f0ad3c}.role.leader{fill:#2e9b4e}
            .node-fault.down{fill:url(#el-hatch-down);fill-opacity:.75}.node-fault.paused{fill:url(#el-hatch-paused)}
            .node-fault.skew{fill:#e67e22}
            .net{fill-opacity:.07}.net.partition{fill:#e4572e;fill-opacity:.09}.net.loss{fill:#8e44ad}.net.duplicate{fill:#16a085}.net.reorder{fill:#a0522d}
            .strip{fill-opacity:.85}.strip.partition{fill:#e4572e}.strip.loss{fill:#8e44ad}.strip.duplicate{fill:#16a085}.strip.reorder{fill:#a0522d}
            .strip-label{fill:#fff;font-size:10.5px;font-weight:600}.strip-label.beside{fill:#b03a1e}
            .msg{stroke:#2b3035;stroke-width:1.1;stroke-opacity:.6}.msg.lost{stroke:#d62728;stroke-opacity:.8;stroke-dasharray:5 3}
            .msg.in-flight{stroke:#8a9099;stroke-dasharray:2 3}
            .violation-line{stroke:#d00000;stroke-width:2}.violation-dot{fill:none;stroke:#d00000;stroke-width:3}
            .violation-label{fill:#d00000;font-weight:700;font-size:12.5px}
            .after-end{fill:#fff}
            .win-box{fill:#000;fill-opacity:0;stroke:#9aa0a6;stroke-width:.6;cursor:pointer}
            .win-box.current{fill:#1f77b4;fill-opacity:.13;stroke:#1f77b4;stroke-width:1.5}
            table.steps{border-collapse:collapse;margin:10px 0;font-size:12px}
            .steps caption{text-align:left;color:#555;padding:2px 0}
            .steps th,.steps td{border:1px solid #dde1e6;padding:2px 6px;text-align:left;vertical-align:top;max-width:420px}
            .steps tr.fault td{background:#fff6f2}.steps tr.marked td{background:#ffd7d7;font-weight:600}
            """;

    /** Arrowheads and hatching, defined once and referenced by every timeline on the page. */
    static final String DEFS = """
            <svg xmlns="http://www.w3.org/2000/svg" width="0" height="0" style="position:absolute" aria-hidden="true"><defs>\
            <marker id="el-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto">\
            <path d="M0,1L10,5L0,9z" fill="#2b3035"/></marker>\
            <marker id="el-lost" viewBox="0 0 10 10" refX="5" refY="5" markerWidth="9" markerHeight="9" orient="0">\
            <path d="M1,1L9,9M9,1L1,9" stroke="#d62728" stroke-width="2"/></marker>\
            <pattern id="el-hatch-down" width="7" height="7" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">\
            <rect width="7" height="7" fill="#6b7078"/><line x1="0" y1="0" x2="0" y2="7" stroke="#b9bec5" stroke-width="3"/></pattern>\
            <pattern id="el-hatch-paused" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">\
            <rect width="8" height="8" fill="#efe9fb"/><line x1="0" y1="0" x2="0" y2="8" stroke="#9b7fd1" stroke-width="3"/></pattern>\
            </defs></svg>""";

    /** Shows one window at a time (the violating one first), steps between windows, zooms the drawing. */
    static final String SCRIPT = """
            (function(){
              document.querySelectorAll('.timeline').forEach(function(tl){
                var wins=tl.querySelectorAll('.window'), boxes=tl.querySelectorAll('.win-box');
                var where=tl.querySelector('.where'), cur=+tl.getAttribute('data-initial')||0, all=false, zoom=1;
                function show(i){
                  cur=Math.max(0,Math.min(wins.length-1,i));
                  wins.forEach(function(w,j){w.hidden=!all&&j!==cur;w.querySelector('h4').hidden=!all;});
                  boxes.forEach(function(b){b.classList.toggle('current',all||+b.getAttribute('data-window')===cur);});
                  var w=wins[cur];
                  where.textContent=all?('all '+wins.length+' windows'):('window '+(cur+1)+' of '+wins.length
                    +', ticks '+w.getAttribute('data-start')+' to '+w.getAttribute('data-end'));
                }
                function scale(k){
                  zoom=Math.max(0.5,Math.min(8,k));
                  tl.querySelectorAll('.window-svg').forEach(function(s){
                    s.style.width=(+s.getAttribute('data-base-width')*zoom)+'px';s.style.height='auto';});
                }
                tl.querySelector('.controls').hidden=false;
                tl.querySelector('.prev').addEventListener('click',function(){all=false;show(cur-1);});
                tl.querySelector('.next').addEventListener('click',function(){all=false;show(cur+1);});
                tl.querySelector('.all').addEventListener('click',function(){all=!all;show(cur);});
                tl.querySelector('.zoom-in').addEventListener('click',function(){scale(zoom*1.5);});
                tl.querySelector('.zoom-out').addEventListener('click',function(){scale(zoom/1.5);});
                boxes.forEach(function(b){b.addEventListener('click',function(){all=false;show(+b.getAttribute('data-window'));});});
                show(cur);
              });
            })();
            """;
}

// The editor page's only own script (/admin/editor-zh.js), loaded before Sveltia CMS.
// 1. The interface is Chinese whatever the browser's language: Sveltia CMS reads its saved preference first.
// 2. Under `npm run edit` (data-check set), the content check of `npm run validate` runs after each save on the
//    office PC; its result is fetched from the local server and shown at the top of the page, in Chinese.
(function () {
  try {
    var key = 'sveltia-cms.prefs';
    var prefs = JSON.parse(localStorage.getItem(key) || '{}') || {};
    if (!prefs.locale) {
      prefs.locale = 'zh-CN';
      localStorage.setItem(key, JSON.stringify(prefs));
    }
  } catch (e) {
    /* storage blocked: the browser's language decides */
  }
  var script = document.currentScript;
  var url = script && script.getAttribute('data-check');
  if (!url) return;
  var box;
  var last = '';
  function show(result) {
    var text = result.ok ? '' : result.text;
    if (text === last) return;
    last = text;
    if (!box) {
      box = document.createElement('div');
      box.id = 'xqjy-check';
      box.setAttribute('role', 'alert');
      box.style.cssText = 'position:fixed;z-index:2147483647;left:0;right:0;bottom:0;max-height:40vh;overflow:auto;margin:0;padding:12px 16px;background:#fff4f4;color:#8a1c1c;border-top:3px solid #c62828;font:15px/1.6 system-ui,sans-serif;white-space:pre-wrap';
      document.body.appendChild(box);
    }
    box.hidden = result.ok;
    box.textContent = result.ok ? '' : '内容检查未通过（保存的文件有错误，改正后再保存）：\n\n' + result.text;
  }
  function poll() {
    fetch(url, { cache: 'no-store' })
      .then(function (r) { return r.json(); })
      .then(show, function () {})
      .finally(function () { setTimeout(poll, 2000); });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', poll);
  else poll();
})();

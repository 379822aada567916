// One student's page: exercises with evidence, sessions with every reply explained, messages taken
// apart. Reloaded from the API whenever the server says something about this student changed.
'use strict';
const API = document.body.dataset.api;
const EVENTS = document.body.dataset.events;

function time(iso) {
  return new Date(iso).toLocaleTimeString();
}

function exercises(list) {
  const section = el('section', {id: 'exercises'}, el('h2', {}, word('student.exercises')));
  for (const e of list) {
    const box = el('div', {class: 'exercise', 'data-exercise': e.id},
      el('h3', {}, e.id + ' · ' + e.title + ' — ' + word('student.points', {points: e.points, max: e.maxPoints})),
      el('p', {class: 'task'}, e.task));
    for (const c of e.criteria) {
      const item = el('div', {class: 'criterion', 'data-mark': c.mark},
        el('span', {class: 'cell ' + c.mark}), ' ', c.label, ' (' + word('mark.' + c.mark) + ')');
      box.append(item);
      if (c.evidence.length) {
        box.append(el('ul', {class: 'evidence'}, ...c.evidence.map(ev => el('li', {}, time(ev.at) + '  ', el('code', {}, ev.line)))));
      }
    }
    section.append(box);
  }
  return section;
}

function sessions(list) {
  const section = el('section', {id: 'sessions'}, el('h2', {}, word('student.sessions')));
  if (!list.length) { section.append(el('p', {}, word('student.no-sessions'))); }
  for (const s of list) {
    const table = el('table', {class: 'transcript', 'data-session': s.id});
    for (const line of s.lines) {
      const tr = el('tr', {class: line.side + (line.tls ? ' tls' : '')},
        el('td', {class: 'side'}, time(line.at) + ' ' + word('side.' + line.side)),
        el('td', {class: 'wire ' + codeClass(line.code)}, line.lines.join('\n')),
        el('td', {class: 'why'}, line.explanation.join('\n')));
      table.append(tr);
    }
    section.append(el('h3', {}, word('session.heading', {id: s.id, at: time(s.started)}) + (s.open ? ' (' + word('session.open') + ')' : '')), table);
  }
  return section;
}

function mime(node) {
  const label = (node.number ? word('message.part', {number: node.number}) + ' ' : '') + node.mimeType
    + (node.fileName ? ' "' + node.fileName + '"' : '') + ' · ' + word('message.bytes', {size: node.size})
    + (node.transferEncoding ? ' · ' + node.transferEncoding : '');
  const item = el('li', {}, label);
  if (node.text) { item.append(el('pre', {class: 'part-text'}, node.text)); }
  if (node.children.length) { item.append(el('ul', {}, ...node.children.map(mime))); }
  return item;
}

function messages(list) {
  const section = el('section', {id: 'messages'}, el('h2', {}, word('student.messages')));
  if (!list.length) { section.append(el('p', {}, word('student.no-messages'))); }
  for (const m of list) {
    const box = el('div', {class: 'message', 'data-message': m.id},
      el('h3', {}, word('message.heading', {id: m.id, at: time(m.received)})),
      el('p', {}, word('message.envelope') + ': ', el('code', {}, word('message.mail-from') + ':<' + m.mailFrom + '>'), ' ',
        el('code', {}, word('message.rcpt-to') + ':' + m.rcptTo.map(r => '<' + r + '>').join(' '))));
    if (m.problem) { box.append(el('p', {class: 'error'}, word('message.problem', {problem: m.problem}))); }
    const headers = el('table', {class: 'headers'});
    for (const h of m.headers) {
      headers.append(el('tr', {}, el('td', {class: 'name'}, h.name + ':'), el('td', {class: 'value'}, h.value,
        h.decoded !== h.value ? el('div', {class: 'decoded'}, word('message.decoded') + ': ' + h.decoded) : null)));
    }
    box.append(el('h4', {}, word('message.headers')), headers, el('h4', {}, word('message.mime')),
      el('ul', {class: 'mime'}, mime(m.body)));
    section.append(box);
  }
  return section;
}

let loading = null;
function load() {
  if (loading) { loading.again = true; return; }
  loading = {again: false};
  fetch(API, {credentials: 'same-origin'})
    .then(r => r.ok ? r.json() : Promise.reject(r.status))
    .then(detail => {
      document.getElementById('exercises').replaceWith(exercises(detail.exercises));
      document.getElementById('sessions').replaceWith(sessions(detail.sessions));
      document.getElementById('messages').replaceWith(messages(detail.messages));
      document.body.dataset.loaded = String(Number(document.body.dataset.loaded || 0) + 1);
    })
    .catch(() => showLive('reconnecting'))
    .finally(() => { const again = loading.again; loading = null; if (again) { load(); } });
}

document.addEventListener('DOMContentLoaded', () => {
  load();
  listen(EVENTS, {student: load, reset: load});
});

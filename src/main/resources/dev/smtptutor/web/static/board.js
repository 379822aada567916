// The class board: built from the snapshot event, then one row replaced per "student" event.
'use strict';
let columns = [];

function renderBoard(board) {
  columns = [];
  for (const exercise of board.exercises) {
    exercise.criteria.forEach((criterion, i) => columns.push({exercise, criterion, first: i === 0}));
  }
  const head = document.querySelector('#board thead');
  const fixed = ['student', 'link', 'state', 'last-command', 'last-reply', 'errors', 'messages', 'points'];
  const top = el('tr', {}, el('th', {colspan: String(fixed.length)}));
  for (const exercise of board.exercises) {
    top.append(el('th', {class: 'exercise', colspan: String(exercise.criteria.length), title: exercise.title}, exercise.id));
  }
  const names = el('tr', {});
  fixed.forEach(key => names.append(el('th', {}, word('column.' + key))));
  const legend = document.getElementById('criteria');
  legend.replaceChildren();
  for (const c of columns) {
    const label = c.exercise.id + '.' + c.criterion.id;
    names.append(el('th', {class: 'criterion' + (c.first ? ' first-criterion' : ''), title: c.criterion.label}, c.criterion.id));
    legend.append(el('li', {}, label + ': ' + c.criterion.label));
  }
  head.replaceChildren(top, names);
  const body = document.querySelector('#board tbody');
  body.replaceChildren(...board.students.map(row));
}

function row(student) {
  const tr = el('tr', {id: 'student-' + student.id, class: student.link, 'data-student': student.id});
  tr.append(
    el('td', {class: 'who'}, el('a', {href: '/student/' + encodeURIComponent(student.id)}, student.id + ' ' + student.name)),
    el('td', {class: 'link'}, el('span', {class: 'dot'}), word('link.' + student.link)),
    el('td', {class: 'state'}, student.state),
    el('td', {class: 'last mono', title: student.lastCommand}, student.lastCommand),
    el('td', {class: 'last mono reply ' + codeClass(student.lastCode), title: student.lastReply}, student.lastReply),
    el('td', {class: 'num errors'}, student.errors),
    el('td', {class: 'num messages'}, student.messages),
    el('td', {class: 'num points'}, student.points));
  for (const c of columns) {
    const mark = student.marks[c.exercise.id + '/' + c.criterion.id] || 'NOT_YET';
    tr.append(el('td', {class: 'mark' + (c.first ? ' first-criterion' : ''), 'data-mark': mark,
        title: c.exercise.id + '.' + c.criterion.id + ' ' + c.criterion.label + ': ' + word('mark.' + mark)},
      el('span', {class: 'cell ' + mark})));
  }
  return tr;
}

function updateRow(student) {
  const old = document.getElementById('student-' + student.id);
  if (!old) { return; }
  const fresh = row(student);
  fresh.classList.add('flash');
  old.replaceWith(fresh);
}

document.addEventListener('DOMContentLoaded', () => {
  listen('/events', {snapshot: renderBoard, student: updateRow});
});

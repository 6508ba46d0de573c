import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { EnhanceRequest, ScoreRequest } from '../../src/core/protocol/index';
import { ROOT } from './helpers';

/**
 * Inputs where Python and JavaScript could part ways (code points vs UTF-16 units, Unicode
 * whitespace, line terminators, case folding, rounding), for the cross-tier equality tests.
 */

/** A small deterministic generator (mulberry32): the same noise on every run, in both tiers. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function noise(seed: number, length: number, maxCodePoint: number): string {
  const next = seeded(seed);
  let s = '';
  for (let i = 0; i < length; i++) {
    const cp = Math.floor(next() * maxCodePoint);
    // Surrogate code points cannot travel through JSON as pairs; keep them out of the noise.
    s += String.fromCodePoint(cp >= 0xd800 && cp < 0xe000 ? cp + 0x800 : cp);
  }
  return s;
}

const REACT = [
  'import { useState } from "react";',
  '',
  'export function Counter({ label }) {',
  '  const [n, setN] = useState(0);',
  '  return (',
  '    <div className="card" style={{ color: "#ff0000" }} onClick={() => setN(n + 1)}>',
  '      <img src="/a.png" />',
  '      <span>{label}: {n}</span>',
  '      {items.map((item, i) => <li key={i}>{item}</li>)}',
  '    </div>',
  '  );',
  '}',
];
const VUE = ['<template>', '  <ul>', '    <li v-for="x in xs" v-if="x.ok" @click="pick(x)">{{ x.name }}</li>', '  </ul>', '</template>', '<script setup lang="ts">', 'const props = defineProps<{ xs: any[] }>();', '</script>'];
const SVELTE = ['<script>', '  export let items = [];', '  $: count = items.length;', '</script>', '{#each items as item}', '  <div on:click={() => pick(item)}>{@html item.html}</div>', '{/each}'];
const ANGULAR = ['@Component({ selector: "app-list", template: `', '  <div *ngFor="let x of xs" (click)="pick(x)" [ngClass]="{on: x.on}">{{ x }}</div>', '  <a href="#">more</a>', '` })', 'export class ListComponent { xs: any[] = []; }'];
const HTML = ['<!doctype html>', '<html>', '<body>', '  <div onclick="go()" style="width: 1200px">Go</div>', '  <a href="javascript:void(0)" target="_blank">x</a>', '  <font>old</font><br><br>', '</body>', '</html>'];
const PATHOLOGICAL = ['<div ', '<div "', '<div {', '<button><svg>', '{#each a', '--', '{class=', ' \n'];

export function sampleComponents(): { name: string; code: string }[] {
  const dir = path.join(ROOT, 'test', 'fixtures', 'sample-workspace', 'src', 'components');
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort()
    .map((name) => ({ name, code: readFileSync(path.join(dir, name), 'utf8') }));
}

export function scoreInputs(): ScoreRequest[] {
  const react = REACT.join('\n');
  const inputs: ScoreRequest[] = [
    { code: '' },
    { code: ' \t\n\u00a0\u3000\ufeff' },
    { code: react },
    { code: REACT.join('\r\n') },
    { code: REACT.join('\r') },
    { code: REACT.join('\u2028') + '\n' },
    { code: VUE.join('\n') },
    { code: SVELTE.join('\n') },
    { code: ANGULAR.join('\n') },
    { code: HTML.join('\n') },
    { code: HTML.join('\r\n') + '\r\n', framework: 'html' },
    { code: VUE.join('\n'), framework: 'react' },
    { code: react, framework: 'svelte', prompt: 'A counter card with a label and an image' },
    // Unicode: emoji inside bounded repeats, non-ASCII letters and spaces where ASCII \s is expected.
    { code: '<button>😀😀 Größe ändern</button>\n<img src="🎉.png">\n<p class="😀' + '🎉'.repeat(200) + ' modal">x</p>' },
    { code: '<img\u00a0src="x.png">\n<div\u2028onclick="go()">a</div>\n<div\u00a0class="modal">m</div>' },
    { code: '<div claſs="modal">K</div>\n<input type="text" \u212aey="1">\nİ <DIV ONCLICK="x()">y</DIV>' },
    { code: 'const a = 1;\u2028let b = 2;\x85const c = {};\x1c\f\v}\n' },
    { code: '<span>$</span>\n<div>{x}</div>\n', prompt: 'Pricing with € and £', component_type: 'pricing' },
    { code: react, prompt: 'İnteractive COUNTERS with labels, images and Ünicode 😀 — colours', component_type: ' Card ' },
    { code: react, prompt: '   ', component_type: '   ' },
    { code: react, component_type: 'constructor' },
    { code: react, component_type: '__proto__', prompt: 'toString valueOf hasOwnProperty' },
    { code: react, prompt: 'a modal dialog with buttons, forms, tables and tabs-' },
    { code: react.repeat(400).slice(0, 100_000), prompt: 'counter' },
    { code: noise(7, 20_000, 0x3000) },
    { code: noise(11, 5_000, 0x11000) + react },
    { code: '\u0000\u0001\u0002<div>\ufffd\ufffd\ufffd</div>' + '\ufffd'.repeat(10) },
    ...PATHOLOGICAL.map((unit) => ({ code: unit.repeat(Math.ceil(20_000 / unit.length)).slice(0, 20_000) })),
    ...sampleComponents().flatMap(({ code }) => [{ code }, { code, prompt: 'a primary button card', component_type: 'button' }]),
  ];
  for (const type of ['button', 'form', 'table', 'modal', 'navbar', 'list', 'card', 'hero', 'footer', 'header', 'tabs', 'input', 'dropdown', 'sidebar', 'widget']) {
    inputs.push({ code: HTML.join('\n'), component_type: type });
  }
  for (const framework of ['react', 'vue', 'svelte', 'angular', 'html'] as const) {
    inputs.push({ code: [REACT, VUE, SVELTE, ANGULAR, HTML].flat().join('\n'), framework, prompt: `a ${framework} list` });
  }
  return inputs;
}

export function enhanceInputs(): EnhanceRequest[] {
  const long = 'a nice responsive card grid with great filters and good sorting '.repeat(70).slice(0, 4000);
  return [
    { prompt: '' },
    { prompt: ' \u00a0\u3000 ' },
    { prompt: 'make a nice button' },
    { prompt: 'NICE card, Nice modal, nice form, nIce table' },
    { prompt: '😀nice😀 good🎉great cool-card nice_one' },
    { prompt: 'a\u00a0nice\u2028\u2029button\x1c\x1dwith\x85good\ufeffcontrast\ttabs' },
    { prompt: 'İnice ﬁne NİCE ſtyle Kelvin \u212aard' },
    { prompt: 'looks good and easy to use, LOOKS GOOD, Easy To Use' },
    { prompt: 'A pricing table for a bakery: calm, minimal, dark mode' },
    { prompt: 'a hero banner', style: 'glass', mood: 'vibrant', industry: 'fintech', component_type: 'banner' },
    { prompt: 'a hero banner', style: 'Cyber 😀 punk {value} }{', mood: '  ', industry: 'Space mining', component_type: 'Widget' },
    { prompt: 'a card', style: '😀'.repeat(70) + 'tail' },
    { prompt: 'a card', style: 'x'.repeat(63) + '😀😀' },
    { prompt: 'a form in vue', framework: 'react' },
    ...(['react', 'vue', 'svelte', 'angular', 'html'] as const).map((framework) => ({ prompt: 'a sidebar and a navbar', framework })),
    { prompt: 'an accessible, responsive toast with hover states using design tokens' },
    { prompt: 'a nav (navigation) with a side nav and a data grid' },
    { prompt: long },
    { prompt: 'constructor __proto__ toString', style: 'constructor', mood: '__proto__' },
  ];
}

import type { EnhanceView } from '../../src/enhance/protocol';
import type { ScoreView } from '../../src/quality/protocol';
import type { SimilarResult } from '../../src/similar/protocol';

/** Webview fixture data shared by the unit tier and the real-VS-Code tier, hostile strings included. */

export const SCRIPT = '<script>alert(1)</script>';
export const IMG = '<img src=x onerror=alert(1)>';
export const EVIL = `${SCRIPT}${IMG}`;

export function scoreView(over: Partial<ScoreView> = {}): ScoreView {
  return {
    title: `Quality of ${EVIL}`,
    fileLabel: 'src/components/EvilCard.tsx',
    component: `EvilCard ${IMG}`,
    startLine: 10,
    result: {
      score: 6.4,
      confidence: 0.82,
      heuristic_score: 6.1,
      framework: 'react',
      factors: {
        accessibility: { score: 4.5, weight: 0.22, explanation: `Images lack alt text ${SCRIPT}` },
        semantics: { score: 8.5, weight: 0.12, explanation: 'Uses native elements' },
        responsiveness: { score: 6.8, weight: 0.15, explanation: 'One fixed width' },
      },
      violations: [
        { rule: 'img-alt', factor: 'accessibility', severity: 'error', message: `<img> without alt ${IMG}`, line: 3, hint: 'Add alt="" for decorative images', },
        { rule: 'fixed-width', factor: 'responsiveness', severity: 'warning', message: 'A fixed pixel width', line: 7, hint: 'Use max-width or a relative unit' },
        { rule: 'prefer-button', factor: 'semantics', severity: 'info', message: 'A clickable <div>', line: null, hint: '' },
      ],
      source: 'heuristic+llm',
      llm: { provider: 'ollama', score: 6.9, notes: `Decent structure. ${SCRIPT}` },
      llm_error: `upstream said ${IMG}`,
      tier: 'sidecar',
    },
    ...over,
  };
}

export const ENHANCE_ADDITIONS = [
  'Use a native <button> element with a visible focus state',
  'Meet WCAG 2.1 AA contrast',
  `Never render ${IMG} from user data`,
];

export function enhanceView(over: Partial<EnhanceView> = {}): EnhanceView {
  const original = `make a nice button ${SCRIPT}`;
  const enhanced = `make a visually polished button ${SCRIPT}\n\nRequirements:\n${ENHANCE_ADDITIONS.map((a) => `- ${a}`).join('\n')}`;
  return {
    original,
    result: {
      enhanced,
      additions: [...ENHANCE_ADDITIONS, 'an addition the text does not contain'],
      source: 'rules',
      component_type: 'button',
      framework: 'react',
      llm_error: null,
      tier: 'heuristic',
    },
    ...over,
  };
}

export function similarResults(uri = 'file:///nowhere/Card.tsx'): SimilarResult[] {
  const range = { start: { line: 0, character: 0 }, end: { line: 4, character: 1 } };
  return [
    {
      id: 'ws:card',
      name: 'ProductCard',
      fileLabel: 'src/components/ProductCard.tsx',
      uri,
      range,
      similarity: 0.934,
      matched: ['product (name, props)', 'card (name, means)'],
      score: 7.8,
      framework: 'react',
      preview: 'export function ProductCard({ product }: Props) {\n  return (\n    <article className="card">\n      <h3>{product.name}</h3>\n    </article>\n  );\n}',
      source: 'workspace',
    },
    {
      id: 'ws:evil',
      name: `Evil ${SCRIPT}`,
      fileLabel: `src/${IMG}.tsx`,
      uri,
      range,
      similarity: 0.871,
      framework: 'react',
      preview: `const x = 1;\n${IMG}\n${SCRIPT}\nline 4\nline 5\nline 6\nline 7\nline 8\nline 9 is cut`,
      duplicate: true,
      source: 'workspace',
    },
    {
      id: 'lib:pricing',
      name: 'PricingCard',
      fileLabel: 'library · cards',
      uri,
      range,
      similarity: 0.642,
      score: 9.1,
      framework: 'vue',
      preview: '<template>\n  <section class="pricing">\n    <slot />\n  </section>\n</template>',
      source: 'library',
    },
  ];
}

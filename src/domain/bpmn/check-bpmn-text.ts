import { BPMN_LIMITS, bpmnProblem, type BpmnProblem } from './bpmn-model';

/**
 * The deepest nesting of elements in an XML text, counted on its tags (`<a>` opens, `</a>` and
 * `<a/>` close; `<?...?>`, `<!-- -->` and `<![CDATA[` are not elements). Stops counting past
 * `limit + 1`: enough to refuse.
 */
function depthOf(text: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  for (const match of text.matchAll(/<([/?!]?)[^>]*?(\/?)>/g)) {
    const [, opener, selfClosing] = match;
    if (opener === '?' || opener === '!') continue;
    if (opener === '/') depth -= 1;
    else if (!selfClosing) depth += 1;
    deepest = Math.max(deepest, depth);
    if (deepest > limit) break;
  }
  return deepest;
}

/**
 * What is refused in a BPMN file's text before any parser sees it: a document type or entity
 * declaration (entity expansion, external entities: BPMN files never need them), and nesting
 * deeper than BPMN_LIMITS.depth.
 */
export function checkBpmnText(text: string): BpmnProblem[] {
  const declaration = /<!(DOCTYPE|ENTITY)/i.exec(text);
  if (declaration) {
    const line = text.slice(0, declaration.index).split('\n').length;
    return [bpmnProblem('declaration', '', { line })];
  }
  const depth = depthOf(text, BPMN_LIMITS.depth);
  if (depth > BPMN_LIMITS.depth) return [bpmnProblem('tooDeep', '', { max: BPMN_LIMITS.depth })];
  return [];
}

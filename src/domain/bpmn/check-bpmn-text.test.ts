import { describe, expect, it } from 'vitest';
import { checkBpmnText } from './check-bpmn-text';

describe('checking a BPMN text before parsing it', () => {
  it('accepts an ordinary definitions element with a comment and a prolog', () => {
    const text =
      '<?xml version="1.0"?>\n<!-- by hand -->\n<definitions><process><task/></process></definitions>';
    expect(checkBpmnText(text)).toEqual([]);
  });

  it('refuses a document type declaration, with its line', () => {
    const text = '<?xml version="1.0"?>\n<!DOCTYPE lol [\n <!ENTITY lol "lol">\n]>\n<definitions/>';
    expect(checkBpmnText(text)).toEqual([
      { key: 'bpmn.problem.declaration', where: '', params: { line: 2 } },
    ]);
  });

  it('refuses nesting deeper than 64 elements, and accepts 64', () => {
    const nested = (n: number) => '<a>'.repeat(n) + '</a>'.repeat(n);
    expect(checkBpmnText(nested(64))).toEqual([]);
    expect(checkBpmnText(nested(65))).toEqual([
      { key: 'bpmn.problem.tooDeep', where: '', params: { max: 64 } },
    ]);
  });
});

import ts from "typescript";

// What a reader sees that does not come from the catalogues: JSX text with a letter in it, and
// string literals (or the literal parts of template strings) in JSX children or in the props
// that users read or hear.
export const USER_FACING_PROPS = new Set([
  "placeholder",
  "title",
  "aria-label",
  "aria-description",
  "aria-roledescription",
  "aria-valuetext",
  "alt",
  "label",
]);

export type HardCodedString = { line: number; text: string };

const hasLetter = (text: string) => /\p{L}/u.test(text);

function literalTexts(node: ts.Node): string[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isTemplateExpression(node)) {
    const parts = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)];
    // Two values joined in code put words in English order: the catalogue must order them.
    return node.templateSpans.length > 1 ? [node.getText()] : parts;
  }
  if (ts.isConditionalExpression(node))
    return [...literalTexts(node.whenTrue), ...literalTexts(node.whenFalse)];
  if (ts.isBinaryExpression(node)) {
    // What renders: both sides of + (concatenation), ?? and ||; the right of &&; not the
    // operands of a comparison.
    const operator = node.operatorToken.kind;
    if (operator === ts.SyntaxKind.AmpersandAmpersandToken) return literalTexts(node.right);
    if (
      operator === ts.SyntaxKind.PlusToken ||
      operator === ts.SyntaxKind.QuestionQuestionToken ||
      operator === ts.SyntaxKind.BarBarToken
    )
      return [...literalTexts(node.left), ...literalTexts(node.right)];
    return [];
  }
  if (ts.isParenthesizedExpression(node)) return literalTexts(node.expression);
  return [];
}

export function findHardCodedStrings(fileName: string, source: string): HardCodedString[] {
  const file = ts.createSourceFile(
    fileName,
    source,
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  );
  const found: HardCodedString[] = [];
  const report = (node: ts.Node, text: string) => {
    const trimmed = text.replace(/\s+/g, " ").trim();
    if (hasLetter(trimmed))
      found.push({
        line: file.getLineAndCharacterOfPosition(node.getStart()).line + 1,
        text: trimmed,
      });
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) report(node, node.text);
    else if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent))
      for (const text of literalTexts(node.expression)) report(node, text);
    else if (ts.isJsxAttribute(node) && USER_FACING_PROPS.has(node.name.getText(file))) {
      const value = node.initializer;
      if (value && ts.isStringLiteral(value)) report(value, value.text);
      else if (value && ts.isJsxExpression(value) && value.expression)
        for (const text of literalTexts(value.expression)) report(value, text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

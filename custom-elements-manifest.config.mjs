// `npm run build:widget` writes dist/widget/custom-elements.json: tags, attributes, properties, events, CSS parts
// and custom properties of the widget's components, read from their JSDoc (@attr @fires @csspart @cssproperty).
export default {
  globs: ['widget/**/*.component.ts', 'widget/calculator/calculator.ts', 'widget/result-cards/result-cards.ts', 'widget/events/*.ts'],
  exclude: ['widget/batch-panel/**'],
  outdir: 'dist/widget',
  litelement: true,
  packagejson: false,
};

/** The diagram's face: `renderDiagram()` and the neutral description the formats draw. */
export { renderDiagram, diagramFormats, isDiagramFormat, type DiagramFormat, type RenderDiagramOptions } from './renderDiagram.js';
export {
  describeMapping,
  type Cardinality,
  type Diagram,
  type DiagramBox,
  type DiagramColumn,
  type DiagramEdge,
  type DiagramEnd,
  type DiagramProxy,
  type EndCount,
} from './describeMapping.js';
export { renderMermaid } from './mermaid.js';
export { renderDot, boxElementId } from './dot.js';
export { renderSvg, renderInlineSvg } from './svg.js';
export { edgeLabel, edgeLabelLine, edgeSentence, type EdgeLabel } from './edgeLabel.js';
export { boxHeading, boxSubtitle, boxTitle } from './boxText.js';
export { diagramPageHtml, type DiagramPage, type DiagramPageBox } from './diagramPageHtml.js';

export {
  attachment,
  csvField,
  csvLine,
  TABULAR_CONTENT_TYPES,
  TABULAR_FORMATS,
  tabularStream,
  writeCsv,
  writeXlsx,
  type Cell,
  type Table,
  type TabularColumn,
  type TabularFormat,
} from './tabular.js';

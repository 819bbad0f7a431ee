// vn-poverty/xlsx: the report tables and the documents as Excel workbooks. A sub-path of its own, so that the core
// does not load the spreadsheet library (exceljs, a peer dependency of this entry only).
export { renderXlsx, type XlsxOptions } from "./renderXlsx.js";

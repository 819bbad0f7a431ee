// Named re-exports of the documents module.
export type {
  CaveatSubject,
  ClassChangeKind,
  DocumentClassKind,
  DocumentColumnKey,
  DocumentFieldKey,
  DocumentKind,
  MeetingRecordInconsistency,
  MeetingRole,
  RecognitionSection,
  SignatureRole,
  DocumentCell,
  DocumentColumn,
  DocumentTable,
  DocumentField,
  DocumentBlock,
  SignatureBlock,
  DocumentCaveat,
  DocumentHeader,
  ReviewDocument,
  DocumentDecision,
  DocumentHousehold,
  DocumentUnit,
  DocumentSigners,
} from "./types.js";
export { buildPostingList, safeBuildPostingList, type PostingListInput } from "./buildPostingList.js";
export { buildMeetingMinutes, safeBuildMeetingMinutes, type MeetingMinutesInput } from "./buildMeetingMinutes.js";
export { buildRecognitionList, safeBuildRecognitionList, type RecognitionListInput, type RecognitionHousehold } from "./buildRecognitionList.js";
export { buildReviewAgainList, safeBuildReviewAgainList, type ReviewAgainListInput } from "./buildReviewAgainList.js";
export { layoutSheet, isReviewDocument, type SheetLayout, type SheetCell, type SheetMerge, type SheetStyle, type DocumentRenderOptions } from "./layoutSheet.js";
export { renderDocumentText } from "./renderDocumentText.js";
export { renderDocumentCsv, type DocumentCsvOptions } from "./renderDocumentCsv.js";
export { renderDocumentHtml } from "./renderDocumentHtml.js";

import type { Certainty, Citation, LocalizedText } from "../types.js";
import type { Decision } from "../explain/types.js";
import type { PovertyClassOutcome } from "../classify/types.js";
import type { HouseholdDecision } from "../classify/classifyHousehold.js";
import type { CaveatSubject, DocumentColumnKey, DocumentFieldKey, DocumentKind, SignatureRole } from "../messages/codes/documents.js";

export type { CaveatSubject, ClassChangeKind, DocumentClassKind, DocumentColumnKey, DocumentFieldKey, DocumentKind, MeetingRecordInconsistency, MeetingRole, RecognitionSection, SignatureRole } from "../messages/codes/documents.js";

/**
 * A cell of a document's table (ô của bảng trong văn bản): the caller's text (a code, a name: the same in every
 * language), a label of the library in both languages, a whole number, a decimal, or nothing.
 *
 * @example
 * ```ts
 * const cells: DocumentCell[] = [{ kind: "text", value: "TM-01" }, { kind: "label", text: { vi: "Hộ nghèo", en: "Poor household" } }, { kind: "count", value: 4 }, { kind: "decimal", value: "71.43" }, { kind: "empty" }];
 * ```
 * @category Documents
 */
export type DocumentCell =
  | { readonly kind: "text"; readonly value: string }
  | { readonly kind: "label"; readonly text: LocalizedText }
  | { readonly kind: "count"; readonly value: number }
  | { readonly kind: "decimal"; readonly value: string }
  | { readonly kind: "empty" };

/**
 * A column of a document's table (cột): its key, its header in both languages and the kind of its cells.
 *
 * @example
 * ```ts
 * const c: DocumentColumn = { key: "members", header: { vi: "Số nhân khẩu", en: "Members" }, kind: "count" };
 * ```
 * @category Documents
 */
export interface DocumentColumn {
  /** Stable key. */
  readonly key: DocumentColumnKey;
  /** The header. */
  readonly header: LocalizedText;
  /** What its cells hold (`"text"` also for empty signature cells). */
  readonly kind: "text" | "label" | "count" | "decimal";
}

/**
 * A table of a document (bảng): an optional heading, the columns, the rows, an optional total row, and the sentence
 * printed when it has no row.
 *
 * @example
 * ```ts
 * const t: DocumentTable = { key: "households", heading: null, columns: [], rows: [], total: null, empty: { vi: "Không có hộ nào.", en: "No household." } };
 * ```
 * @category Documents
 */
export interface DocumentTable {
  /** Stable key: `"households"`, `"votes"`, `"attendance_by_role"`, `"attendance"`, or a recognition section. */
  readonly key: string;
  /** The heading above it, when it has one. */
  readonly heading: LocalizedText | null;
  /** The columns, in order. */
  readonly columns: readonly DocumentColumn[];
  /** One row per household (or person, or role), one cell per column. */
  readonly rows: readonly (readonly DocumentCell[])[];
  /** The total row, when the list has one. */
  readonly total: readonly DocumentCell[] | null;
  /** Printed instead of the table when it has no row. */
  readonly empty: LocalizedText;
}

/**
 * A labelled field of a document (mục thông tin): "Thời gian niêm yết: từ ngày … đến hết ngày …".
 *
 * @example
 * ```ts
 * const f: DocumentField = { key: "venue", label: { vi: "Địa điểm", en: "Venue" }, value: { vi: "Nhà văn hóa thôn", en: "Nhà văn hóa thôn" } };
 * ```
 * @category Documents
 */
export interface DocumentField {
  /** Stable key. */
  readonly key: DocumentFieldKey;
  /** The label. */
  readonly label: LocalizedText;
  /** The value (a caller's text is the same in both languages). */
  readonly value: LocalizedText;
}

/**
 * A block of a document's body, in reading order (khối nội dung): labelled fields, a paragraph, or a table.
 *
 * @example
 * ```ts
 * const b: DocumentBlock = { kind: "paragraph", text: { vi: "Cuộc họp thống nhất kết quả rà soát.", en: "The meeting agreed the review results." } };
 * ```
 * @category Documents
 */
export type DocumentBlock =
  | { readonly kind: "fields"; readonly fields: readonly DocumentField[] }
  | { readonly kind: "paragraph"; readonly text: LocalizedText }
  | { readonly kind: "table"; readonly table: DocumentTable };

/**
 * A signature block (khối chữ ký): who signs, the note under the title, and the name the caller gave (or `null`: a
 * dotted line to write it by hand).
 *
 * @example
 * ```ts
 * const s: SignatureBlock = { role: "village_head", title: { vi: "TRƯỞNG THÔN", en: "VILLAGE HEAD" }, note: { vi: "(Ký, ghi rõ họ tên)", en: "(Signature and full name)" }, name: null };
 * ```
 * @category Documents
 */
export interface SignatureBlock {
  /** Who signs. */
  readonly role: SignatureRole;
  /** The title, in capitals; a line break separates its lines ("TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH"). */
  readonly title: LocalizedText;
  /** "(Ký, ghi rõ họ tên)", or "(Ký tên, đóng dấu)" where a seal goes. */
  readonly note: LocalizedText;
  /** The signer's name as the caller gave it, or `null`. */
  readonly name: string | null;
}

/**
 * A caveat on how sure a document's basis is (lưu ý về mức độ chắc chắn): always in the data, printed only as an
 * annex on request.
 *
 * @example
 * ```ts
 * const c: DocumentCaveat = { subject: "document_layout", status: "uncertain", citation: null, text: { vi: "…", en: "…" } };
 * ```
 * @category Documents
 */
export interface DocumentCaveat {
  /** What it is about. */
  readonly subject: CaveatSubject;
  /** The text. */
  readonly text: LocalizedText;
  /** How sure the value is. */
  readonly status: Certainty;
  /** The source of the value, when there is one. */
  readonly citation: Citation | null;
}

/**
 * The heading of a document as a commune writes it (phần đầu văn bản): the issuing body on the left, the national
 * name and motto on the right, the document's number, and its place and date.
 *
 * @example
 * ```ts
 * const h: DocumentHeader = {
 *   issuer: [{ vi: "ỦY BAN NHÂN DÂN XÃ MẪU", en: "PEOPLE'S COMMITTEE OF XÃ MẪU" }],
 *   nationalName: { vi: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", en: "SOCIALIST REPUBLIC OF VIET NAM" },
 *   motto: { vi: "Độc lập - Tự do - Hạnh phúc", en: "Independence - Freedom - Happiness" },
 *   number: null,
 *   placeDate: { vi: "Xã Mẫu, ngày 20 tháng 10 năm 2025", en: "Xã Mẫu, 2025-10-20" },
 * };
 * ```
 * @category Documents
 */
export interface DocumentHeader {
  /** The issuing body, one line each (in capitals). */
  readonly issuer: readonly LocalizedText[];
  /** "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM". */
  readonly nationalName: LocalizedText;
  /** "Độc lập - Tự do - Hạnh phúc". */
  readonly motto: LocalizedText;
  /** "Số: …", when the caller gave a number. */
  readonly number: LocalizedText | null;
  /** "Thôn Mẫu, ngày 06 tháng 10 năm 2025". */
  readonly placeDate: LocalizedText;
}

/**
 * A document of the review as structured data (văn bản của quy trình rà soát): heading, title, body blocks,
 * signature blocks, legal basis and certainty caveats — ready to render as text, CSV, HTML or a spreadsheet.
 *
 * @remarks
 * Every label is in both languages; names and places are the caller's, copied as given (the library keeps none).
 * Built by {@link buildPostingList}, {@link buildMeetingMinutes}, {@link buildRecognitionList} and
 * {@link buildReviewAgainList}; rendered by {@link renderDocumentText}, {@link renderDocumentCsv},
 * {@link renderDocumentHtml}, and by `renderXlsx` of `vn-poverty/xlsx`. Plain JSON.
 *
 * @example
 * ```ts
 * const doc: ReviewDocument = buildReviewAgainList(input);
 * doc.kind; //=> "review_again_list"
 * ```
 * @category Documents
 */
export interface ReviewDocument {
  /** The format, so that a renderer recognises a document. */
  readonly format: "vn-poverty/document@1";
  /** Which document. */
  readonly kind: DocumentKind;
  /** The id of the standard the review applied. */
  readonly standard: string;
  /** The review's year (năm rà soát). */
  readonly year: number;
  /** A short name, for a spreadsheet's tab (at most 31 characters). */
  readonly sheetName: LocalizedText;
  /** The heading. */
  readonly header: DocumentHeader;
  /** The title (in capitals). */
  readonly title: LocalizedText;
  /** The line under the title (the village and commune, or what the list is attached to), when there is one. */
  readonly subtitle: LocalizedText | null;
  /** The body, in reading order. */
  readonly blocks: readonly DocumentBlock[];
  /** The signature blocks, left to right. */
  readonly signatures: readonly SignatureBlock[];
  /** The legal basis (căn cứ): the citations of the procedure's values the document rests on. */
  readonly legalBasis: readonly Citation[];
  /** How sure each basis is; printed only on request, as an annex. */
  readonly caveats: readonly DocumentCaveat[];
}

/**
 * A classification decision a document lists (kết quả phân loại của hộ): from {@link classifyHousehold} (with the
 * Phiếu B scores) or from {@link classifyByIncome}.
 *
 * @example
 * ```ts
 * const d: DocumentDecision = classifyHousehold({ standard: "2021-2025", area: "rural", b1: 138, b2: { total: 20 } });
 * ```
 * @category Documents
 */
export type DocumentDecision = HouseholdDecision | Decision<PovertyClassOutcome>;

/**
 * A household as a document lists it (hộ trong danh sách): its code, the head of household's name as the caller
 * gives it, its members, this year's decision and last year's class.
 *
 * @example
 * ```ts
 * const h: DocumentHousehold = { code: "TM-01", headName: "Chủ hộ 01", members: 4, decision: classifyHousehold({ standard: "2021-2025", area: "rural", b1: 118, b2: { total: 40 } }), previous: "poor" };
 * ```
 * @category Documents
 */
export interface DocumentHousehold {
  /** The household's code (mã hộ). */
  readonly code: string;
  /** The head of household's name (họ và tên chủ hộ), printed as given; never used in any computation. */
  readonly headName?: string;
  /** Its members (số nhân khẩu), 1 to 1000. */
  readonly members?: number;
  /** This year's classification. */
  readonly decision: DocumentDecision;
  /** Its class on last year's list (danh sách năm trước): needed for the recognition list and the change column. */
  readonly previous?: "poor" | "near_poor" | "not_poor";
}

/**
 * An administrative unit as a document names it (tên đơn vị): its name as the caller writes it ("Thôn Mẫu",
 * "Xã Mẫu", "Phường 1") and an optional code.
 *
 * @example
 * ```ts
 * const u: DocumentUnit = { code: "XM-TM", name: "Thôn Mẫu" };
 * ```
 * @category Documents
 */
export interface DocumentUnit {
  /** Its name, with its kind ("Thôn …", "Xã …"). */
  readonly name: string;
  /** Its code. */
  readonly code?: string;
}

/**
 * The names of the people who sign (người ký), by role; a role left out gets a dotted line.
 *
 * @example
 * ```ts
 * const s: DocumentSigners = { village_head: "Trưởng thôn (họ tên)" };
 * ```
 * @category Documents
 */
export type DocumentSigners = { readonly [R in SignatureRole]?: string };

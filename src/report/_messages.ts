import { str, type MessageParams, type MessageTemplate } from "../_lib/legacyIssues.js";

type T = MessageTemplate<MessageParams>;
const t = (vi: (p: MessageParams) => string, en: (p: MessageParams) => string): T => ({ vi, en });

/** The report module's issue messages. Private. */
export const MSG = {
  notObject: t(() => "bản ghi phải là một đối tượng.", () => "the record must be an object."),
  notAnObject: t((p) => `phải là một đối tượng, nhận được ${str(p["received"])}.`, (p) => `must be an object, received ${str(p["received"])}.`),
  missingUnitCode: t(() => "thiếu mã đơn vị (thôn, tổ dân phố) của hộ.", () => "the household has no unit code."),
  standardMismatch: t(
    (p) => `chuẩn nghèo "${str(p["actual"])}" khác chuẩn của bảng tổng hợp "${str(p["expected"])}".`,
    (p) => `standard "${str(p["actual"])}" differs from the tally's standard "${str(p["expected"])}".`,
  ),
  invalidKind: t(
    (p) => `phân loại "${str(p["received"])}" không hợp lệ (poor, near_poor, not_poor).`,
    (p) => `class "${str(p["received"])}" is not one of poor, near_poor, not_poor.`,
  ),
  invalidPersons: t(
    (p) => `số nhân khẩu phải là số nguyên từ 1 đến ${str(p["max"])}, nhận được ${str(p["received"])}.`,
    (p) => `persons must be a whole number from 1 to ${str(p["max"])}, got ${str(p["received"])}.`,
  ),
  basisRequired: t(
    (p) => `chuẩn ${str(p["standard"])} chia hộ nghèo theo thu nhập và theo thiếu hụt: cần poorBasis ("income" hoặc "deprivation").`,
    (p) => `standard ${str(p["standard"])} splits the poor by income and by deprivation: poorBasis ("income" or "deprivation") is required.`,
  ),
  basisOtherStandard: t(
    (p) => `căn cứ "${str(p["received"])}" không dùng trong chuẩn ${str(p["standard"])} (hợp lệ: ${str(p["allowed"])}).`,
    (p) => `basis "${str(p["received"])}" is not used by standard ${str(p["standard"])} (allowed: ${str(p["allowed"])}).`,
  ),
  basisNotPoor: t(() => "chỉ hộ nghèo mới có căn cứ nghèo (poorBasis).", () => "only a poor household has a poorBasis."),
  middleLivingNotPoorOnly: t(
    () => "hộ có mức sống trung bình phải là hộ không nghèo, không cận nghèo.",
    () => "a middle-living household must be neither poor nor near-poor.",
  ),
  middleLivingUndefined: t(
    (p) => `chuẩn ${str(p["standard"])} không quy định hộ có mức sống trung bình.`,
    (p) => `standard ${str(p["standard"])} defines no middle-living households.`,
  ),
  notBoolean: t(() => "phải là true hoặc false.", () => "must be true or false."),
  notList: t(() => "phải là một danh sách.", () => "must be a list."),
  unknownIndicator: t(
    (p) => `chỉ số "${str(p["key"])}" không có trong chuẩn ${str(p["standard"])} (các chỉ số: ${str(p["known"])}).`,
    (p) => `indicator "${str(p["key"])}" is not in standard ${str(p["standard"])} (its indicators: ${str(p["known"])}).`,
  ),
  otherStandardIndicator: t(
    (p) => `chỉ số "${str(p["key"])}" thuộc chuẩn ${str(p["belongsTo"])}, không thuộc chuẩn ${str(p["standard"])}.`,
    (p) => `indicator "${str(p["key"])}" belongs to standard ${str(p["belongsTo"])}, not to ${str(p["standard"])}.`,
  ),
  duplicate: t((p) => `giá trị "${str(p["value"])}" bị lặp lại.`, (p) => `value "${str(p["value"])}" is listed twice.`),
  invalidValue: t(
    (p) => `giá trị "${str(p["received"])}" không hợp lệ (hợp lệ: ${str(p["allowed"])}).`,
    (p) => `value "${str(p["received"])}" is not valid (allowed: ${str(p["allowed"])}).`,
  ),
  invalidKey: t(
    (p) => `mã "${str(p["received"])}" không hợp lệ: cần chuỗi 1–64 ký tự, không phải "__proto__".`,
    (p) => `key "${str(p["received"])}" is not valid: it must be a string of 1–64 characters, not "__proto__".`,
  ),
  mergeStandards: t(
    (p) => `không thể cộng hai bảng tổng hợp theo hai chuẩn khác nhau (${str(p["left"])} và ${str(p["right"])}).`,
    (p) => `tallies of different standards cannot be merged (${str(p["left"])} and ${str(p["right"])}).`,
  ),
  inconsistent: t(
    (p) => `số liệu không khớp: ${str(p["rule"])}.`,
    (p) => `the counts do not agree: ${str(p["rule"])}.`,
  ),
  duplicateUnit: t((p) => `mã đơn vị "${str(p["code"])}" bị lặp lại.`, (p) => `unit code "${str(p["code"])}" appears twice.`),
  missingParent: t(
    (p) => `đơn vị cấp trên "${str(p["parentCode"])}" của "${str(p["code"])}" không có trong danh sách.`,
    (p) => `the parent "${str(p["parentCode"])}" of "${str(p["code"])}" is not in the list.`,
  ),
  badParentLevel: t(
    (p) => `đơn vị cấp ${str(p["level"])} "${str(p["code"])}" không thể trực thuộc đơn vị cấp ${str(p["parentLevel"])} "${str(p["parentCode"])}".`,
    (p) => `a ${str(p["level"])} ("${str(p["code"])}") cannot sit under a ${str(p["parentLevel"])} ("${str(p["parentCode"])}").`,
  ),
  cycle: t(
    (p) => `các đơn vị tạo thành vòng lặp: ${str(p["cycle"])}.`,
    (p) => `the units form a cycle: ${str(p["cycle"])}.`,
  ),
  unknownUnit: t(
    (p) => `mã đơn vị "${str(p["code"])}" không có trong cây đơn vị hành chính.`,
    (p) => `unit code "${str(p["code"])}" is not in the hierarchy.`,
  ),
  unknownStatus: t(
    (p) => `tình trạng "${str(p["received"])}" không hợp lệ (poor, near_poor, not_poor, absent).`,
    (p) => `status "${str(p["received"])}" is not one of poor, near_poor, not_poor, absent.`,
  ),
  reasonRequired: t(
    () => "hộ chuyển đến, chuyển đi, tách, nhập hoặc chết cần ghi lý do (reason).",
    () => "a household that came onto or went off the list needs a reason.",
  ),
  reasonDirection: t(
    (p) => `lý do "${str(p["reason"])}" không phù hợp với biến động ${str(p["previous"])} → ${str(p["current"])}.`,
    (p) => `reason "${str(p["reason"])}" does not fit a change ${str(p["previous"])} → ${str(p["current"])}.`,
  ),
  fellBackNotApplicable: t(
    () => "tái nghèo/tái cận nghèo chỉ áp dụng cho hộ không nghèo ở đầu kỳ và nghèo hoặc cận nghèo ở cuối kỳ.",
    () => "fellBack applies only to a household not poor at the start and poor or near-poor at the end.",
  ),
  bothAbsent: t(() => "hộ không thể vắng mặt ở cả hai kỳ.", () => "a household cannot be absent at both reviews."),
  unbalanced: t(
    (p) => `biểu diễn biến ${str(p["table"])} không cân: cột 9 = ${str(p["actual"])} nhưng 1 − 2 − 3 − 4 + 5 + 6 + 7 + 8 = ${str(p["expected"])}.`,
    (p) => `movement table ${str(p["table"])} does not balance: column 9 is ${str(p["actual"])} but 1 − 2 − 3 − 4 + 5 + 6 + 7 + 8 = ${str(p["expected"])}.`,
  ),
  crossLink: t(
    (p) => `biểu 2 cột ${str(p["poorColumn"])} (${str(p["poor"])}) phải bằng biểu 3 cột ${str(p["nearPoorColumn"])} (${str(p["nearPoor"])}).`,
    (p) => `table 2 column ${str(p["poorColumn"])} (${str(p["poor"])}) must equal table 3 column ${str(p["nearPoorColumn"])} (${str(p["nearPoor"])}).`,
  ),
} as const;

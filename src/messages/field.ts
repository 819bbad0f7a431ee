// Names the field an issue is about, in each language: the prefix of every issue's message. Kept apart from the
// tables so that the code building issues can use it without loading every domain's texts.
import type { LocalizedText, Path } from "../types.js";
import { formatPath } from "./format.js";
import { fieldPathVi } from "./vi/fields.js";

/** Prefixes a Vietnamese issue body with the field it is about (its path; empty for the whole input): "Thành viên thứ 1, ngày sinh: …". */
export function fieldVi(path: Path, body: string): string {
  return path.length === 0 ? `Dữ liệu đầu vào: ${body}` : `${fieldPathVi(path)}: ${body}`;
}

/** Prefixes an English issue body with the field it is about (its path; empty for the whole input): `Field "members[0].birthDate": …`. */
export function fieldEn(path: Path, body: string): string {
  return path.length === 0 ? `Input: ${body}` : `Field "${formatPath(path)}": ${body}`;
}

/** An issue's message in both languages: its bodies prefixed with the field it is about. */
export function fieldText(path: Path, body: LocalizedText): LocalizedText {
  return { vi: fieldVi(path, body.vi), en: fieldEn(path, body.en) };
}

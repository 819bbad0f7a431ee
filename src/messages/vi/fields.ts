// Vietnamese names of the input fields, so that an issue names the field as an officer would ("Thành viên thứ 1,
// ngày sinh: …"), not as a program path ("members[0].birthDate").
import type { Path } from "../../types.js";

/** The Vietnamese name of each input field, by key. */
export const FIELD_NAMES_VI: { readonly [key: string]: string } = {
  // standards, years, reviews
  standard: "chuẩn nghèo",
  national: "chuẩn quốc gia",
  from: "chuẩn trước",
  to: "chuẩn sau",
  year: "năm",
  kind: "loại",
  reading: "cách hiểu",
  id: "mã",
  code: "mã",
  authority: "cơ quan ban hành",
  title: "tiêu đề",
  vi: "tiếng Việt",
  en: "tiếng Anh",
  instrument: "văn bản",
  signed: "ngày ký",
  inForce: "ngày có hiệu lực",
  inForceStatus: "mức độ chắc chắn của ngày hiệu lực",
  amends: "văn bản được sửa đổi",
  status: "mức độ chắc chắn",
  incomeLines: "chuẩn thu nhập",
  rural: "khu vực nông thôn",
  urban: "khu vực thành thị",
  incomeLine: "chuẩn thu nhập",
  poorByIncomeLine: "chuẩn nghèo theo thu nhập",
  period: "kỳ tính",
  cite: "điều khoản",
  article: "điều",
  clause: "khoản",
  point: "điểm",
  item: "mục",
  poorDeprivationCount: "số chỉ số thiếu hụt để là hộ nghèo",
  value: "giá trị",
  cutoff: "điểm cắt",
  poorByIncome: "điểm cắt nghèo theo thu nhập",
  middleLiving: "mức sống trung bình",
  ceiling: "mức trần",
  // households and members
  household: "hộ",
  households: "danh sách hộ",
  area: "khu vực",
  region: "vùng kinh tế - xã hội",
  members: "số nhân khẩu",
  age: "tuổi",
  birthDate: "ngày sinh",
  sex: "giới tính",
  healthInsurance: "thẻ bảo hiểm y tế",
  dependant: "người phụ thuộc",
  disability: "khuyết tật",
  schooling: "học vấn",
  schoolAttendance: "tình trạng đi học",
  ethnicMinority: "dân tộc thiểu số",
  ethnicityCode: "mã dân tộc",
  housing: "nhà ở",
  floorAreaM2: "diện tích nhà ở (m²)",
  walls: "tường",
  columns: "cột",
  roof: "mái",
  water: "nước sinh hoạt",
  cleanSource: "nguồn nước sạch",
  sanitation: "nhà tiêu",
  hygienicLatrine: "nhà tiêu hợp vệ sinh",
  information: "thông tin",
  telecom: "dịch vụ viễn thông",
  hasMeans: "phương tiện tiếp cận thông tin",
  agriculturalSectors: "ngành nông, lâm, ngư, diêm nghiệp",
  // income
  income: "thu nhập",
  perCapitaMonthly: "bình quân đầu người mỗi tháng",
  monthlyTotal: "tổng của hộ mỗi tháng",
  annualTotal: "tổng của hộ trong 12 tháng",
  income12Months: "thu nhập 12 tháng",
  total: "tổng",
  stateAllowances: "trợ cấp của Nhà nước",
  totalExcludingAllowances: "tổng thu nhập không tính trợ cấp",
  deprivations: "các chỉ số thiếu hụt",
  deprivationCount: "số chỉ số thiếu hụt",
  unknownIndicators: "các chỉ số chưa có thông tin",
  indicators: "các chỉ số",
  // forms
  formA: "Phiếu A",
  reviewed: "cột (0)",
  criteria: "các tiêu chí",
  labels: "nhãn tiêu chí",
  b1: "Phiếu B, phần B1",
  b2: "Phiếu B, phần B2",
  scorecard: "bảng điểm B1",
  answers: "các câu trả lời",
  // meeting and procedure
  heldOn: "ngày họp",
  attendees: "số người dự họp",
  attendeeList: "danh sách người dự họp",
  role: "vai trò",
  absent: "người vắng mặt",
  scope: "phạm vi biểu quyết",
  votes: "kết quả biểu quyết",
  agree: "số người đồng ý",
  disagree: "số người không đồng ý",
  abstain: "số người không biểu quyết",
  householdCode: "mã hộ",
  threshold: "tỷ lệ biểu quyết",
  numerator: "tử số",
  denominator: "mẫu số",
  events: "các mốc thời gian",
  meetingHeldOn: "ngày họp dân",
  postedOn: "ngày niêm yết",
  complaints: "các khiếu nại",
  receivedOn: "ngày nhận khiếu nại",
  recheckPostedOn: "ngày niêm yết kết quả phúc tra",
  lowIncomeWorkerPostedOn: "ngày niêm yết người lao động có thu nhập thấp",
  decisionDate: "ngày quyết định",
  reviewDate: "ngày rà soát",
  calendar: "lịch làm việc",
  localDeadlines: "các thời hạn của địa phương",
  before: "trước ngày",
  mustPrecede: "thời hạn phải trước",
  description: "mô tả",
  milestones: "các mốc kế hoạch",
  villages: "các thôn",
  seed: "mã khởi tạo ngẫu nhiên",
  householdsPerVillage: "số hộ mỗi thôn",
  // documents
  deadlines: "các thời hạn",
  meeting: "cuộc họp",
  meetings: "các cuộc họp",
  village: "thôn",
  commune: "xã",
  venue: "địa điểm",
  time: "thời gian",
  issuedOn: "ngày ban hành",
  postedAt: "nơi niêm yết",
  signers: "người ký",
  attendeeNames: "tên người dự họp",
  number: "số văn bản",
  attachedTo: "kèm theo",
  previous: "phân loại năm trước",
  decision: "kết quả phân loại",
  headName: "tên chủ hộ",
  // reports and reform
  unit: "đơn vị",
  units: "các đơn vị",
  parts: "các phần",
  rows: "các dòng",
  maxRejected: "số bản ghi lỗi tối đa",
  persons: "số nhân khẩu",
};

/** What each element of a list is called ("Thành viên thứ 1"), by the list's key. */
const ELEMENT_VI: { readonly [key: string]: (n: number) => string } = {
  members: (n) => `Thành viên thứ ${n}`,
  households: (n) => `Hộ thứ ${n}`,
  complaints: (n) => `Khiếu nại thứ ${n}`,
  criteria: (n) => `cột ${n}`,
  labels: (n) => `nhãn cột ${n}`,
  attendeeList: (n) => `Người dự họp thứ ${n}`,
  villages: (n) => `Thôn thứ ${n}`,
  milestones: (n) => `Mốc thứ ${n}`,
  localDeadlines: (n) => `Thời hạn thứ ${n}`,
  parts: (n) => `Phần thứ ${n}`,
  rows: (n) => `Dòng thứ ${n}`,
  records: (n) => `Bản ghi thứ ${n}`,
  deprivations: (n) => `Chỉ số thiếu hụt thứ ${n}`,
  unknownIndicators: (n) => `Chỉ số chưa có thông tin thứ ${n}`,
};

/** Maps whose keys are indicator keys: the key is named as an indicator. */
const INDICATOR_MAPS: ReadonlySet<string> = new Set(["answers", "indicators", "deprivations", "unknownIndicators"]);

/**
 * A field path as an officer reads it: `["members", 0, "birthDate"]` → "Thành viên thứ 1, ngày sinh"; a list
 * element replaces the list's name; an unknown key is quoted as it is.
 */
export function fieldPathVi(path: Path): string {
  const parts: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const seg = path[i] as string | number;
    const parent = i > 0 ? path[i - 1] : undefined;
    if (typeof seg === "number") {
      const el = typeof parent === "string" ? ELEMENT_VI[parent] : undefined;
      if (el) parts[parts.length - 1] = el(seg + 1);
      else parts.push(`phần tử thứ ${seg + 1}`);
      continue;
    }
    if (typeof parent === "string" && INDICATOR_MAPS.has(parent)) {
      parts.push(`chỉ số "${seg}"`);
      continue;
    }
    const name = Object.prototype.hasOwnProperty.call(FIELD_NAMES_VI, seg) ? FIELD_NAMES_VI[seg] : undefined;
    parts.push(name ?? `trường "${String(seg)}"`);
  }
  const s = parts.join(", ");
  return s.length > 0 ? s.charAt(0).toUpperCase() + s.slice(1) : s;
}

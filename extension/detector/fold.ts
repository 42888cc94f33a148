/**
 * Text as the detector reads it: NFKC (full-width digits, ％, （）become ASCII), one space for any run of
 * whitespace, and traditional characters folded to simplified ones so that 貸款額度最高500萬 reads like
 * 贷款额度最高500万. The fold is one character for one character, so positions found in folded text are positions
 * in the normalized text too (product names are shown as the page wrote them).
 */

import { recentlyRead } from './recent.ts';

// Only the characters that matter to the detector's words: product names, rates, amounts, audiences, news.
const TRADITIONAL =
  '貸額萬億險與業費專創擔權產務營運資價現實際點個體戶經規貼補銀計報導記聞發統據單長為於後時間還證書買賣購車儲財壽醫療債貨幣準達請線網辦續優僅約總減滿員區國內稅納貿鏈應賬帳質識製設備讀頁關聯絡門開綫條項們這麼來會對將給進選擇場團兩圓臺灣結構賠償訊訪談論壇問評測較覽週轉聲稱則範標級勢當惠際撥還貼獲當鍵習環遠歷況紀協會義計劃務決勵頭條閱讀網絡鐘蓋險費額庫匯兌換遞標準鑒據測驗證頻寬搜尋檢視顯隱藏樣權貴負責處理應急援終暫償稅務創業擔保額度貸額銷號種華廣東興農滙豐註護顧擬簡須檻錄歲齡職樓讚題碼機動郵適採審獎隨電話諮詢預說編輯佈學議溝歸齊圖屆屬';
const SIMPLIFIED =
  '贷额万亿险与业费专创担权产务营运资价现实际点个体户经规贴补银计报导记闻发统据单长为于后时间还证书买卖购车储财寿医疗债货币准达请线网办续优仅约总减满员区国内税纳贸链应账账质识制设备读页关联络门开线条项们这么来会对将给进选择场团两圆台湾结构赔偿讯访谈论坛问评测较览周转声称则范标级势当惠际拨还贴获当键习环远历况纪协会义计划务决励头条阅读网络钟盖险费额库汇兑换递标准鉴据测验证频宽搜寻检视显隐藏样权贵负责处理应急援终暂偿税务创业担保额度贷额销号种华广东兴农汇丰注护顾拟简须槛录岁龄职楼赞题码机动邮适采审奖随电话咨询预说编辑布学议沟归齐图届属';

const FOLD = new Map<string, string>();
for (let i = 0; i < TRADITIONAL.length; i++) {
  const from = TRADITIONAL[i]!;
  const to = SIMPLIFIED[i]!;
  if (from !== to) FOLD.set(from, to);
}
const FOLD_RE = new RegExp(`[${[...FOLD.keys()].join('')}]`, 'g');

/** Full-width forms to ASCII, whitespace runs to one space, dashes to '-', trimmed. */
export function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2010-\u2015\u2212\uFE58\uFE63]/g, '-')
    .replace(/[\u301C\u223C]/g, '~')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Traditional characters the detector knows, as simplified; everything else unchanged, length unchanged. */
export function foldHan(text: string): string {
  return text.replace(FOLD_RE, (c) => FOLD.get(c)!);
}

/** What every detector regex runs on. */
export const readable: (text: string) => string = recentlyRead((text) => foldHan(normalize(text)));

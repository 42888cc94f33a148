/**
 * The product words, apart from the detector so that the content script's first stage can test a page for them
 * without loading the rest (decimal arithmetic, the core, the badges).
 */
export const LOAN_ZH = '流动资金贷款|流贷|经营贷|经营性贷款|科技贷|科创贷|普惠贷|普惠金融贷款|首贷|创业担保贷款?|专精特新贷|小微企业贷款|小微贷|企业贷款|知识产权质押(?:融资|贷款)|企业信用贷';
export const LOAN_EN =
  'working[- ]capital loans?|SME loans?|small[- ]business loans?|business loans?|enterprise loans?|corporate loans?|tech(?:nology)?(?:[- ]enterprise)? loans?|inclusive(?: finance)? loans?|first[- ]time (?:business )?loans?|start-?up guarantee(?:d)? loans?|start-?up loans? with (?:a )?government guarantee';
export const INS_ZH = '科技保险|首台套|首台\\(套\\)|研发费用损失(?:保险|险)|专利(?:执行|侵权)?(?:保险|险)|知识产权(?:保险|险)|首版次软件(?:保险|险)|首批次新材料(?:保险|险)|关键研发设备(?:保险|险)|临床试验责任(?:保险|险)';
export const INS_EN =
  'tech(?:nology)? insurance|R&D (?:expense|cost) loss insurance|patent(?: infringement| enforcement)? insurance|intellectual property insurance|IP insurance|first[- ](?:of[- ]its[- ]kind|set|unit) (?:major )?(?:technical )?equipment insurance|clinical trial liability insurance';

export const LOAN_RE = new RegExp(`${LOAN_ZH}|${LOAN_EN}`, 'gi');
export const INS_RE = new RegExp(`${INS_ZH}|${INS_EN}`, 'gi');

/** Cheaper still: every product word above contains one of these. */
export const PREFILTER_RE = /贷|险|融资|首台|loan|insurance/i;

/** Cheap first test on a text node: could this text belong to an offer at all? */
export const KEYWORD_RE = new RegExp(`${LOAN_ZH}|${LOAN_EN}|${INS_ZH}|${INS_EN}`, 'i');


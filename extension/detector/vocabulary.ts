/**
 * The words the detector weighs, on folded text (simplified characters, NFKC). Kept apart from the logic so that
 * the content script's first test can use the product words alone. Each list is evidence for or against an offer,
 * never a veto on its own: a block is judged on what it says as a whole.
 */

/** Named enterprise loan products: strong evidence. */
/** Taiwan's youth start-up loan (青創貸款, 青年創業及啟動金貸款), read folded: a product made only under its scheme. */
export const YOUTH_START_UP_LOAN = '青创贷款|青年创业(?:及启动金)?贷款';
export const LOAN_PRODUCT_ZH =
  '流动资金贷款|流贷|经营贷|经营性贷款|经营快贷|科技贷|科创贷|科技企业贷款|科技金融贷款|专精特新贷|小巨人贷|普惠贷|普惠金融贷款|普惠小微贷款|首贷|(?<![和及与、])(?:个人|小微企业)?创业担保贷款?|创业贷|' +
  '税贷|纳税信用贷|税融通|纳税e贷|税易贷|云税贷|税e贷|税金贷|银税贷|银税互动|税银贷|' +
  '快贷|e贷|信用贷款?|抵押贷款?|知识产权质押(?:融资|贷款)?|专利权?质押(?:融资|贷款)?|商标权?质押|供应链融资|供应链金融|保理|订单贷|订单融资|' +
  '应收账款(?:质押)?融资|发票贷|票据贴现|风险池贷款|风险补偿贷款|小额贷款|小微企业贷款|小微贷|中小企业贷款|企业贷款|公司贷款|法人贷款|对公贷款|' +
  '贸易融资|设备贷|技改贷|研发贷|人才贷|园区贷|政采贷|中标贷|采购贷|固定资产贷款|项目贷款|并购贷款|银团贷款|中小企业融资|企业融资|' +
  // Taiwan's words for a programme's loans (專案貸款, 週轉金貸款, 營運金貸款), read folded.
  `专案贷款|周转金贷款|营运金贷款|${YOUTH_START_UP_LOAN}`;
export const LOAN_PRODUCT_EN =
  'business loans?|SME loans?|SME financ(?:e|ing)|small[- ]business loans?|commercial loans?|enterprise loans?|corporate loans?|company loans?|' +
  'working[- ]capital (?:loans?|financ(?:e|ing)|facilit(?:y|ies)|lines?)|term loans?|trade financ(?:e|ing)|invoice financ(?:e|ing)|' +
  'asset financ(?:e|ing)|equipment (?:loans?|financ(?:e|ing))|business (?:overdrafts?|credit lines?|lines? of credit|financ(?:e|ing))|' +
  'revolving credit facilit(?:y|ies)|SBA (?:7\\(a\\)|504|express)? ?loans?|micro[- ]?loans?|micro[- ]?(?:credit|finance|financing)|start[- ]?up loans?|tech(?:nology)?(?:[- ]enterprise)? loans?|' +
  'inclusive(?: finance)? loans?|tax[- ]credit loans?|supply[- ]chain financ(?:e|ing)|factoring|green loans?|property[- ]backed loans?|' +
  'secured business loans?|unsecured business loans?|merchant financ(?:e|ing)|government[- ]assisted loans?|enterprise financing scheme|' +
  // The UK's government-backed schemes for businesses, named as products by the lenders and brokers that offer them.
  'recovery loan scheme|bounce[- ]back loans?(?: scheme)?|coronavirus business interruption loans?(?: scheme)?|growth guarantee scheme';

/**
 * Product words that name a kind of loan (by its security, its use or its borrower), not one lender's product: the
 * terms of "首贷通" may call it a 信用贷款, those of "KCB MSME Loan" an unsecured business loan. Tested on a whole
 * product word, folded; the words combine (抵押经营贷, 信用流动资金贷款).
 */
export const LOAN_KIND_RE =
  /^(?:(?:信用|抵押|质押|保证|担保|流动资金|经营性?|小额|小微企业|中小企业|企业|公司|法人|对公|固定资产|项目|并购|银团)+贷款?|流贷|(?:中小)?企业融资|贸易融资|(?:(?:un)?secured |small[- ]business |business |sme |commercial |enterprise |corporate |company |term |working[- ]capital )+(?:loans?|financ(?:e|ing)|facilit(?:y|ies)))$/i;

/** Any loan word: weak evidence, needs an enterprise audience. */
export const LOAN_WORD =
  '[\\p{Script=Han}A-Za-z0-9]{0,6}?(?:贷款?|融资|借款)|\\bloans?\\b|\\bfinanc(?:e|ing)\\b|\\bcredit facilit(?:y|ies)\\b|\\boverdrafts?\\b|\\bline of credit\\b|\\bborrow(?:ing)?\\b';

export const INSURANCE_PRODUCT_ZH =
  '科技保险|首台套|首台\\(套\\)|研发费用损失(?:保险|险)|研发中断(?:保险|险)|专利(?:执行|侵权|被侵权|代理人职业责任)?(?:保险|险)|知识产权(?:保险|险)|' +
  '首版次软件(?:保险|险)|首批次新材料(?:保险|险)|关键研发设备(?:保险|险)|临床试验责任(?:保险|险)|产品研发责任(?:保险|险)|网络安全(?:保险|险)|数据安全(?:保险|险)|' +
  '重大技术装备(?:保险|险)|质量保证(?:保险|险)|科技型企业(?:保险|险)';
export const INSURANCE_PRODUCT_EN =
  'tech(?:nology)?(?: company| business)? insurance|tech(?:nology)? E&O(?: insurance)?|(?:technology )?errors (?:and|&) omissions insurance|cyber(?: liability| security)?(?: insurance| policy| policies| cover)|' +
  'R&D (?:expense|cost) loss insurance|patent(?: infringement| enforcement)? insurance|intellectual property insurance|IP insurance|' +
  'first[- ](?:of[- ]its[- ]kind|set|unit) (?:major )?(?:technical )?equipment insurance|clinical trials? (?:liability )?insurance|product liability insurance|' +
  // A contractor's or a tech firm's cover for its advice and work (tech E&O by another name).
  'professional (?:indemnity|liability)(?: \\(PI\\))?(?: insurance| policy| policies| cover| product)|PI insurance';

/**
 * Who borrows: an enterprise. 个体工商户 counts (普惠 products serve them); 企业主 alone does not. Taiwan's tax law calls a
 * business a 營利事業 and a small one a 小規模營業人 (folded to simplified here).
 */
export const ENTERPRISE_RE =
  /企业(?!主|家)|公司|营利事业|营业人|小微(?!企业主)|中小(?!企业主)|(?<!工)商户|法人|专精特新|高新技术|科技型|制造业|外贸|供应商|经销商|园区|商家|\bbusiness(?:es)?\b|\bSMEs?\b|\bcompan(?:y|ies)\b|\benterprises?\b|\bfirms?\b|\bcorporate\b|\bcommercial\b|\bmerchants?\b|sole traders?|self-employed|start-?ups?|\bLtd\b|limited compan/gi;

/**
 * Products for people, not enterprises: evidence against (a block about 房贷 is not an enterprise offer; a bank's rate
 * table row labelled "Housing Loan", "Vehicle Loan" or "Loan against Pension", or a table headed "For Individual
 * Borrower", is a personal loan even on a page that also lists business loans).
 */
export const PERSONAL_RE =
  /个人经营|个人住房|住房贷款|住房按揭|房贷|按揭|公积金|购房|购屋|房屋贷款|住宅|自住|首购|首付|二手房|车贷|汽车贷款|购车|消费贷|消费分期|个人消费|消费信贷|装修贷|助学贷|学费|tuition fees?|course fees?|信用卡|分期手续费|账单分期|存款利率|定期存款|活期存款|存款产品|大额存单|存单|起存|整存整取|(?<!邮政)储蓄(?!银行)|理财|净值型|业绩比较基准|基金产品|公募基金|货币基金|个人信用贷|个人贷款(?!总?额度|总额)|个人客户|工薪|薪金贷|白领|公务员|企业主|人才个人|自然人|\bpersonal\b|\bconsumer\b|mortgages?|home loans?|home (?:equity|repair|improvement) loans?|HELOCs?|housing loans?|vehicle loans?|education(?:al)? loans?|loans? against (?:your )?pension|pension(?:er)? loans?|gold loans?|\bindividual borrowers?\b|remortgage|buy[- ]to[- ]let|car loans?|auto loans?|car finance|credit cards?|\bvisa\b|mastercard|\bplatinum\b|student loans?|savings|\bdeposits?\b|certificates? of deposit|\bCDs?\b|\bISAs?\b|current accounts?|cashback|balance transfers?|payday|debt consolidation|wealth management|life insurance|health insurance|car insurance|home insurance|travel insurance/gi;

/**
 * A deposit, a mortgage, a personal guarantee or a card named as a business loan's security or as a way to draw it
 * ("Security: legal mortgage, personal guarantee(s), cash deposit", "Security deposit: Nil", "draw it via a credit
 * card or an overdraft"), or an account a discount asks for ("1% lower if you open an FMFB deposit account"), or a
 * home among the kinds of property a business loan takes as security ("住宅、商铺、写字楼、工业厂房均可"), or a
 * microloan's life cover charged on it ("Life Insurance | 1.5%") and the savings it is secured on ("weekly savings"),
 * or a customer the lender favours for a mortgage held with it ("在农行有按揭等优质客户可按同期LPR执行",
 * "在农行做按揭的客户", "房贷客户"): a term of the loan, not a personal product it is about. So is a property mortgaged as its security ("Mortgage of
 * property (75% FSV)", "Property mortgage at 75% of forced sale value", "with no mortgage", "1.0x with a mortgage",
 * "where a mortgage is given", "You can mortgage a property in Shenzhen", "property mortgaged to the bank"), and a card
 * the credit line is drawn through ("Use it your way: through an FGB credit card"), and a deposit receipt
 * among the things pledged ("以房产、土地、存单等作抵押"), and a personal product a limit leaves out of the borrower's
 * debts ("信贷余额合计不超过500万元（房贷、信用卡不算在内）").
 */
export const SECURITY_TERM_RE =
  /(?:房贷|按揭|车贷|信用卡|消费贷)(?:[、和及与](?:房贷|按揭|车贷|信用卡|消费贷))*(?:均|都)?(?:不算在内|不计算在内|不计入|除外)|(?:有|已有|办理过|做)[^，。,;；]{0,6}(?:按揭|房贷)(?=[^，。,;；]{0,8}客户)|(?:按揭|房贷)客户|住宅(?:[、，,/和及与]|以及)(?:商铺|商业用房|写字楼|办公楼|厂房|工业厂房)|(?:商铺|写字楼|厂房)(?:[、，,/和及与]|以及)住宅|\b(?:legal|equitable|first|second|registered)\s+(?:mortgages?|charges?)\b|\b(?:property|land|building)\s+mortgages?\b|\bmortgages?\s+of\s+(?:the\s+)?(?:property|land|buildings?|premises)\b|\b(?:no|without(?: a)?|with(?: a)?|where(?: there is)?(?: a| no)?)\s+mortgage\b|\bmortgage\s+(?:is\s+|are\s+)?(?:given|provided|offered|taken|pledged)\b|\bmortgages?\s+(?:over|on)\b|\bmortgage\s+(?:a|an|the|your|their)\s+(?:[a-z]+\s+)?(?:property|land|building|premises|house|real estate)\b|\b(?:property|land|buildings?|premises|real estate)\s+(?:is\s+|are\s+)?mortgaged\b|\bmortgaged\s+to\b|\bpersonal\s+(?:guarantees?|guarant(?:y|ies|ors?)|sureties|surety)\b|\b(?:cash|security)\s+deposits?\b|\b(?:draw|drawn|drawdown|access|use it)\b[^.;]{0,40}?credit cards?|\b(?:open|opening|maintain|maintaining|hold|holding)\s+(?:an?\s+|your\s+)?(?:[a-z]+\s+)?(?:deposit|current|savings)\s+accounts?\b|\b(?:credit\s+)?life\s+insurance\s*[:：]?\s*\d+(?:\.\d+)?\s*%|\b(?:weekly|monthly|compulsory|mandatory)\s+savings\b|(?:房产|土地|厂房|设备)、(?:[^、。；;，,]{1,6}、){0,3}存单|存单、(?:[^、。；;，,]{1,6}、){0,3}(?:房产|土地|厂房|设备)/gi;

/**
 * A personal product named only to set a business loan apart from it ("网商贷和一般消费贷不同", "不同于普通消费贷",
 * "unlike a personal loan"): no personal product the block is about.
 */
export const CONTRASTED_PERSONAL_RE =
  /(?:和|与|跟|同)(?:一般|普通|传统)?的?(?:个人)?(?:消费贷款?|信用卡|房贷|车贷)(?:不同|不一样|有区别)|不同于(?:一般|普通)?的?(?:消费贷款?|信用卡|房贷|车贷)|\bunlike (?:an? )?(?:personal|consumer) loans?\b/gi;

/**
 * Words that hedge a figure ("average", "通常", "左右"): a report's way of quoting the market, and a guide's
 * (本金平均摊还, "equal instalments of principal", is a way to repay, not an average).
 */
const HEDGE_WORDS = String.raw`\baverage\b|\bmedian\b|平均(?![摊攤分还還])|一般在|一般为|通常|多为|左右|大约|\btypically\b|\busually\b|\bgenerally\b|\bnormally\b`;
/** One of NEWS_RE's hedges, whole: weighed as news except in a guide to one loan. */
export const HEDGE_WORD_RE = new RegExp(`^(?:${HEDGE_WORDS})$`, 'i');

/** A report about offers rather than an offer: each hit is evidence. (线下调查 is an on-site check, not a rate cut;
 * 申请日前 is "before the application date", not "recently"; "额度可以适当上调" is
 * a lender's term, not a rise, and "在LPR基础上下调10至30个基点" is a loan's price, not a cut; "…起新发放的贷款" is a
 * rule's "loans made from …"; 登記者, a registrant, folds to 登记者 and is no reporter; "根據經建會統計"
 * quotes an agency's statistics as "据统计" does.) */
export const NEWS_RE = new RegExp(
  String.raw`(?<!登)记者|报道|多家银行|(?<!线|适当|可以|可|基础上)[下上]调(?!查|研|解)|调降|\b(?:banks|lenders) (?:cut|lower|raise|hike)|\bamid\b|\bstimulus\b|新华社|中新网|央视|责任编辑|编辑[:：]|来源[:：]|据(?:了解|介绍|统计|悉|报道)|据[一-龥]{1,6}统计|数据显示|统计显示|业内人士|专家(?:表示|提醒|认为|指出|建议)|分析师|(?<![请款期止作息账单])日前|近日|截至\d|截至目前|同比(?:增长|下降|多增|少增|提高|降低)|环比(?:增长|下降|提高|降低)|累计(?:发放|投放|为|帮助|服务)|(?<!起)新发放|加权平均|平均利率|创历史新低|降至|下降\d|下行|贷款余额|余额为|余额达|较上年|较年初|较去年|较上月|人民银行|央行(?!專案|专案|专项|專項)|金管局|金融管理局|\bHKMA\b|金融监管总局|银保监|发布会|举行|表示[,，:：]|指出[,，:：]|强调[,，:：]|透露|介绍说|记者从|获悉|签约仪式|首单|落地|签发|为[^。]{0,20}提供[^。]{0,10}风险保障|获得[^。]{0,10}赔付|(?:公司|企业)[^。，,]{0,12}(?:交纳|缴纳|支付)了?保费|\breporter\b|\breported\b|according to|\bsaid\b|\bsays\b|\bannounced\b|\bReuters\b|\bBloomberg\b|\banalysts?\b|central bank|Bank of England|Federal Reserve|Reserve Bank of|European Central Bank|\binflation\b|\b(?:on|last) (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\btoday (?:decided|said|announced|lowered|raised|cut)\b|year[- ]on[- ]year|\bcut (?:its |their )?rates?\b|\braised? (?:its |their )?rates?\b|\bpolicymakers\b|\bstatistics\b|\bsurvey\b|利率偏[高低]|普遍(?:在|为|低于|高于)|大多(?:在|为)|跌破|部分银行|多数银行|不少银行|各家银行|不到\d|\b(?:highest|maximum) (?:interest )?rates? (?:allowed|permitted)\b|\b(?:lenders|banks) (?:can|may) charge\b|\bbanks (?:lend|charge|offer|quote)\b|\blenders (?:lend|charge|offer|quote)\b` +
    `|${HEDGE_WORDS}`,
  'gi',
);

/**
 * What only a notice or a rule has: a document's title, its articles, its addressees, its appeal to the rules. Part
 * of POLICY_RE; alone, it tells a notice from a guide that uses a scheme's words (创业担保贷款's 经办银行, 不超过).
 */
const NOTICE_WORDS = '《[^》]{2,40}》|印发|各有关单位|现行规定|怎么规定|按照规定|有关规定|第[一二三四五六七八九十]+条';
export const NOTICE_WORDS_RE = new RegExp(NOTICE_WORDS);

/**
 * A government notice or rule, not a bank's offer: "利率不超过LPR+50BP" in a policy text. (政府采购, a government
 * contract a loan finances, is no rule.)
 */
export const POLICY_RE = new RegExp(
  `${NOTICE_WORDS}|通知|办法|细则|利息补贴|补贴息|依要点|规定[,，：:]|承担|由借款人|贴息资金|予以贴息|财政部门|经办银行|` +
    '人力资源和社会保障|人社局|财政局|政府(?!采购)|不超过|不高于|给予[^。]{0,10}贴息|贴息(?:比例|标准|期限)|申请贴息|贴息资金|' +
    '\\bscheme rules\\b|\\bgovernment\\b.*\\bguarantee\\b',
  'gi',
);

/** A term's word in a label, and the term it names: 额度 and 金额 are both the limit, 期限 and 年限 both the term. */
const TERM_WORDS = {
  额度: 'limit',
  金额: 'limit',
  期限: 'term',
  年限: 'term',
  利率: 'rate',
  可贷: 'limit',
  可借: 'limit',
  还款方式: 'repayment',
  还本付息: 'repayment',
  担保方式: 'security',
  授信: 'limit',
} as const;
/** A portal's question labels ("能贷多少：", "贷多长时间：", "利息怎么算？") and the term each asks about. */
const QUESTION_LABELS = {
  能贷多少: 'limit',
  能借多少: 'limit',
  可贷多少: 'limit',
  贷多少: 'limit',
  借多少: 'limit',
  贷多久: 'term',
  借多久: 'term',
  贷多长时间: 'term',
  借多长时间: 'term',
  利息怎么算: 'rate',
  利率多少: 'rate',
  利率是多少: 'rate',
} as const;
/** Which term a label names, by the word TERMS_LABEL_RE captured. */
export const TERM_OF_LABEL: Readonly<Record<string, string>> = { ...QUESTION_LABELS, ...TERM_WORDS };

/**
 * A label of a loan's term standing alone before its value ("贷款额度 …", "【贷款利率】…", "执行利率：…",
 * "授信额度 …", "年度授信 …", "可贷金额：…", "贷款年限：…", "利率上限：…", "能贷多少？", "贷款用途与期限 …"), not inside a
 * sentence (on folded text: traditional 貸款額度 reads as 贷款额度). Its first group is a term's word, its second a
 * question label.
 */
export const TERMS_LABEL_RE = new RegExp(
  '(?<=【|^|\\s|[：:|与和及、])(?:(?:贷款|授信|单户|单笔|最高|最长|执行|参考|年化|贷款年|年度|年|可贷|借款|融资){0,2}' +
    `(${Object.keys(TERM_WORDS).join('|')})(?:上限|标准|范围|区间)?|(${Object.keys(QUESTION_LABELS).join('|')})[?？]?)` +
    '(?=】|[：:\\s|])',
  'g',
);

/**
 * English labels of a loan's terms, each standing before a colon ("Pricing: 9.75% per annum", "Maximum Loan Tenor:
 * 24 months", "Rate of interest: 2% a year", "Collateral: …"), by the term each names. A colon, not a space: English
 * prose runs "the interest rate is…", where a Chinese label is set apart by a space alone.
 */
/** Size words before a loan's word ("Minimum Loan", "Maximum Loan Tenor"): a term's label, never a product's name. */
export const LOAN_SIZE_WORDS = 'Minimum|Maximum|Min|Max|Largest|Smallest|Total|Average|Typical';
const MIN_MAX = String.raw`(?:maximum|minimum|max\.?|min\.?)`;
const EN_TERM_LABELS: Readonly<Record<string, string>> = {
  limit: String.raw`(?:(?:${MIN_MAX}|largest|smallest)\s+)?(?:(?:loan|credit|facility|financing|finance|borrowing)\s+)?(?:amounts?|limits?|size)|(?:largest|smallest|maximum|minimum)\s+loan`,
  term: String.raw`(?:${MIN_MAX}\s+)?(?:(?:loan|repayment|credit|facility)\s+)?(?:term|tenor|tenure|period|duration|maturity)`,
  rate: String.raw`(?:(?:annual|yearly)\s+)?(?:interest(?:\s+rates?)?|rates?(?:\s+of\s+interest)?|pricing|apr|profit\s+rate)`,
  repayment: String.raw`repayments?(?:\s+(?:method|schedule|frequency|mode|options?|terms?))?|moratorium|grace\s+period`,
  security: String.raw`security|collateral|guarantee`,
};
export const EN_TERMS_LABEL_RE = new RegExp(
  `(?<=^|[\\s|【(])(?:${Object.entries(EN_TERM_LABELS)
    .map(([term, label]) => `(?<${term}>${label})`)
    .join('|')})(?=\\s*[:：])`,
  'gi',
);

/** A question or a forum post about a rate, not a bank's offer. */
export const FORUM_RE =
  /能贷到吗|怎么样|靠谱吗|求助|请问|有没有人|网友|楼主|回复|点赞|提问|回答|有哪些|哪家|怎么算|怎么办|是什么|我(?:在|去|的|们)|[?？]|\bI(?:'m|'ve| got| was| have| am| still| ended| looked| paid| took)\b|\bmy\b|\banyone\b|\bupvotes?\b|\breply\b|\bposted by\b|\bsounds\b/gi;

/** Column headings of a table of repayment examples: what one borrower pays back. */
export const REPAYMENT_COLUMNS_RE =
  /monthly (?:re)?payments?|repayable|total cost|total charge|cost of credit|月供|每月还款|月还款|还款总额/i;

/** The page's owner lends: "我行", "本行", "our bank". A bank describing a policy loan it makes is offering it. */
export const LENDER_RE = /我行|本行|我社|本社|我司|our bank|we lend|we offer|we can lend/i;

/** An invitation to apply: what an offer has and a report lacks. */
export const ACTION_RE =
  /立即申请|在线申请|马上申请|申请条件|办理流程|申请材料|立即办理|在线办理|扫码申请|预约|咨询|了解更多|产品特点|产品介绍|适用对象|apply(?: now| online| today)?\b|get (?:a )?quote|check (?:your )?eligibility|how to apply|eligibility|features|find out more|learn more|get started/gi;

/**
 * Terms that belong to loans even without a product name: a term, a limit, a repayment, how interest runs. (An Islamic
 * lender's "Financing Amount" is a limit's label only over its figure: "for a given financing amount" is any loan's.)
 */
export const LOAN_TERM_RE =
  /期限|额度|授信|可贷|可借|还款|放款|担保方式|抵押|随借随还|计息|先息后本|等额本息|等额本金|利随本清|loan amount|financing amount(?=\s*[:：]?\s*(?:from |up to )?(?:[A-Z]{1,3}\$?|[$£€¥₹₱]|Rs\.?)\s?\d)|repayment|\bterm\b|tenor|borrow|secured|unsecured|collateral|\b(?:financing|loan|credit) limits?\b|\b(?:loan|financing) sizes?\b|\btenure\b|\brepay (?:over|within|in)\b/gi;

/**
 * A product named like most Chinese loan products: a short brand and 贷 (生意贷, 云电贷, 兴科贷, 闽茶贷, 快e贷). Personal
 * ones (消费贷, 房贷, 车贷) match too and are weighed against by PERSONAL_RE; a few generic words (信贷, 放贷, 可贷, 申贷,
 * 能贷, 核贷 "approve a loan": "7天內核貸", 见贷即保, 最多贷 "lend at most": "最多贷七成") are not names. A brand never runs
 * across a bank's name: "兴业银行普惠贷" names 普惠贷, not "业银行普惠贷"; nor across a function word: "过程中对网商贷" names
 * 网商贷, "例如种植e贷" names 种植e贷.
 */
const LOAN_BRAND =
  '(?:(?<![\\d.])\\d{2,4}(?![\\d年月日号万元个天期家岁笔.%]))?(?<!银)(?:(?!银行)(?![对的在是和与把被从向给了])(?![例比譬诸]如)(?!(?<=[例比譬诸])如)[\\p{Script=Han}A-Za-z]){1,5}(?<![信放借网助存可申获能核见多])贷(?!款)';

export const LOAN_PRODUCT_RE = new RegExp(`${LOAN_PRODUCT_ZH}|${LOAN_PRODUCT_EN}|${LOAN_BRAND}`, 'giu');
export const LOAN_WORD_RE = new RegExp(LOAN_WORD, 'giu');
export const INSURANCE_PRODUCT_RE = new RegExp(`${INSURANCE_PRODUCT_ZH}|${INSURANCE_PRODUCT_EN}`, 'gi');

/**
 * The scanner's cheapest test on a text node: could it belong to an offer (a product, a rate, a premium, a policy's
 * price by the month or year: "our policies start at £37.63 per month")?
 */
export const TRIGGER_RE =
  /贷|貸|融资|融資|保理|险|險|保费|保費|首台|[%％]|LPR|loan|financ|insurance|overdraft|factoring|APR|premium|\b(?:per|a) (?:month|year|annum)\b/i;

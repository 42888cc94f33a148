/**
 * 北京经济技术开发区关于加快推动产业金融高质量发展的若干措施（2025年修订版）as data: the first dated version.
 *
 * Every figure of the policy is here with the words of the clause that state it (its article is the section it sits
 * in), its unit and, for a boundary, `inclusive`: the policy's boundary words follow PRC Civil Code art. 1259,
 * 以上/以下/以内/达到/满 include the number, 超过/不满/以外/低于 exclude it, and an explicit （含） settles bands
 * that would overlap. The version is in force over `inForce`; a later revision is a data file of its own
 * (core/policy/versions.ts, CONTRIBUTING.md). Figures are decimal strings so they reach decimal.js exactly; amounts
 * are in 万元 (附则1). The loader (core/policy/schema.ts) checks all of it. The readings chosen where the text is
 * ambiguous are in docs/policy-rules.md, marked [interpretation]; the rules (core/rules/) only apply these figures.
 */
import type { PolicyData } from './schema.ts';

export const MEASURES_2025 = {
  id: 'etown-finance-2025',
  title: '北京经济技术开发区关于加快推动产业金融高质量发展的若干措施（2025年修订版）',
  shortTitle: '经开区产业金融若干措施（2025年修订版）',
  // The 附则 are quoted in summary (（摘要）): the calculator's sources give their substance, not their full text.
  inForce: {
    from: '2025-01-01',
    to: '2028-12-31',
    clause: '附则3、附则5：支持2025—2028年发生的事项，有效期至2028年12月31日（摘要）',
  },
  replaces: { document: '京技管发〔2024〕33号', clause: '附则5：京技管发〔2024〕33号同时废止（摘要）' },
  eligibility: [
    { fact: 'inZone', fails: false, clause: '附则2：在亦庄新城225平方公里范围内实际经营（摘要）' },
    { fact: 'majorPenaltyInLast3Years', fails: true, clause: '附则2：近3年无重大行政处罚（摘要）' },
    // "近3年" at the start of the phrase covers both records (docs/policy-rules.md).
    { fact: 'criminalRecord', fails: true, clause: '附则2：近3年无刑事犯罪记录（摘要）' },
    { fact: 'seriousDishonestyList', fails: true, clause: '附则2：未被列入严重违法失信主体名单（摘要）' },
  ],
  gate: {
    zoneArea: { value: '225', unit: 'km²', clause: '附则2：在亦庄新城225平方公里范围内实际经营（摘要）' },
    lookBack: { value: '3', unit: 'years', clause: '附则2：近3年无重大行政处罚、刑事犯罪记录（摘要）' },
  },
  groups: {
    withinArticle: [{ article: 4, clause: '本条措施就高不重复享受' }],
    acrossArticles: [
      {
        id: 'arts-3-13-14',
        articles: [3, 13, 14],
        clauseArticle: 14,
        clause: '本条内容与第三条、第十三条按“就高不重复”原则执行',
      },
      { id: 'arts-11-12', articles: [11, 12], clauseArticle: 12, clause: '本条内容与第十一条按“就高不重复”原则执行' },
    ],
  },

  /** 第二条 科技保险 */
  art2: {
    // [interpretation] art2.thresholdFor60: the text states the threshold only beside the 50% rate; it is applied to 60% too.
    premiumThreshold: { value: '10', unit: '万元', inclusive: false, clause: '当年实际保费总支出超过10万元' },
    /** Several certifications: the highest rate applies, so the list is read from the top. */
    rates: [
      { certification: 'national-little-giant', value: '0.6', unit: 'ratio', clause: '按照其当年实际保费支出的60%' },
      { certification: 'beijing-specialized-sme', value: '0.5', unit: 'ratio', clause: '按照其当年实际保费支出的50%' },
      { certification: 'national-high-tech', value: '0.5', unit: 'ratio', clause: '按照其当年实际保费支出的50%' },
    ],
    cap: { value: '50', unit: '万元', clause: '每家企业每年最高不超过50万元' },
    /** 满1年 includes 12 months. */
    minTerm: { value: '12', unit: 'months', inclusive: true, clause: '本条措施兑现时企业投保期限需满1年' },
  },

  /** 第三条 供应链金融 */
  art3: {
    types: ['commercial-factoring', 'financing-leasing'],
    contractThreshold: { value: '10000', unit: '万元', inclusive: true, clause: '当年业务合同金额达到1亿元（含）以上' },
    rate: { value: '0.001', unit: 'ratio', clause: '按当年为企业提供融资总额的0.1%给予奖励' },
    cap: { value: '500', unit: '万元', clause: '每户每年奖励最高不超过500万元' },
  },

  /** 第四条 小微企业融资; 本条措施就高不重复享受 (groups.withinArticle) */
  art4: {
    interest: {
      rate: { value: '0.5', unit: 'ratio', clause: '按照企业当年实际支付利息的50%予以贴息支持' },
      /** The highest cap that applies; 国家高新技术企业 alone does not raise it. */
      caps: [
        { certification: null, value: '25', unit: '万元', clause: '每年单户企业贴息支持上限为25万元' },
        {
          certification: 'beijing-specialized-sme',
          value: '40',
          unit: '万元',
          clause: '每年单户企业贴息支持上限分别为40万元',
        },
        {
          certification: 'national-little-giant',
          value: '50',
          unit: '万元',
          clause: '每年单户企业贴息支持上限分别为……50万元',
        },
      ],
    },
    firstLoan: {
      ratio: { value: '1', unit: 'ratio', clause: '根据市级支持额度，按照1:1的比例给予资金支持' },
      cap: { value: '20', unit: '万元', clause: '单个企业最高支持20万元' },
    },
    /** Also: 市区两级补贴利息合计不超过企业当年贷款实际支出利息 (the rule tops up to the interest, never beyond). */
    startupGuarantee: {
      ratio: { value: '1', unit: 'ratio', clause: '根据市级支持额度，按照1:1的比例给予资金支持' },
      cap: { value: '20', unit: '万元', clause: '单个企业最高支持20万元' },
    },
  },

  /** 第八条 持牌法人金融机构 */
  art8: {
    appliesTo: 'licensed',
    /** 1亿元（含）-5亿元 … 30亿元（含）以上: each tier includes its lower edge; the first is the floor. */
    tiers: [
      {
        from: { value: '10000', unit: '万元', inclusive: true, clause: '实收资本1亿元（含）-5亿元的' },
        base: { value: '500', unit: '万元', clause: '按照“500万元+实收资本×1%”给予补助' },
        rate: { value: '0.01', unit: 'ratio', clause: '按照“500万元+实收资本×1%”给予补助' },
      },
      {
        from: { value: '50000', unit: '万元', inclusive: true, clause: '实收资本5亿元（含）-10亿元的' },
        base: { value: '1000', unit: '万元', clause: '按照“1000万元+实收资本×0.5%”给予补助' },
        rate: { value: '0.005', unit: 'ratio', clause: '按照“1000万元+实收资本×0.5%”给予补助' },
      },
      {
        from: { value: '100000', unit: '万元', inclusive: true, clause: '实收资本10亿元（含）-30亿元的' },
        base: { value: '2000', unit: '万元', clause: '按照“2000万元+实收资本×0.3%”给予补助' },
        rate: { value: '0.003', unit: 'ratio', clause: '按照“2000万元+实收资本×0.3%”给予补助' },
      },
      {
        from: { value: '300000', unit: '万元', inclusive: true, clause: '30亿元（含）以上的' },
        base: { value: '5000', unit: '万元', clause: '按照“5000万元+实收资本×0.2%”给予补助' },
        rate: { value: '0.002', unit: 'ratio', clause: '按照“5000万元+实收资本×0.2%”给予补助' },
      },
    ],
    cap: { value: '6000', unit: '万元', clause: '最高不超过6000万元' },
    increase: {
      min: { value: '10000', unit: '万元', inclusive: true, clause: '实收资本每新增1亿元（含）以上的' },
      rate: { value: '0.01', unit: 'ratio', clause: '按增资额度的1%给予补助' },
      cap: { value: '2000', unit: '万元', clause: '每次最高不超过2000万元' },
    },
  },

  /** 第九条 分支机构: one-time set-up support by branch type and event. */
  art9: {
    amounts: [
      {
        type: 'bank-branch',
        event: 'new-tier1',
        value: '400',
        unit: '万元',
        clause: '对新设立的银行一级分行……给予400万元一次性开办费支持',
      },
      {
        type: 'bank-branch',
        event: 'upgraded-tier2',
        value: '200',
        unit: '万元',
        clause: '新升格的银行二级分行给予200万元一次性开办费支持',
      },
      {
        type: 'securities-branch',
        event: 'new-tier1',
        value: '400',
        unit: '万元',
        clause: '证券公司……一级分支机构，给予400万元一次性开办费支持',
      },
      {
        type: 'insurance-branch',
        event: 'new-tier1',
        value: '400',
        unit: '万元',
        clause: '保险公司一级分支机构，给予400万元一次性开办费支持',
      },
    ],
  },

  /** 第十条 地方金融组织 */
  art10: {
    appliesTo: 'local',
    establishment: {
      min: { value: '50000', unit: '万元', inclusive: true, clause: '实收资本5亿元（含）以上的' },
      rate: { value: '0.005', unit: 'ratio', clause: '按实收资本的0.5%给予一次性奖励' },
      cap: { value: '1000', unit: '万元', clause: '最高不超过1000万元' },
    },
    increase: {
      min: { value: '10000', unit: '万元', inclusive: true, clause: '实收资本每增加1亿元（含）以上的' },
      rate: { value: '0.005', unit: 'ratio', clause: '按增资额度的0.5%给予奖励' },
      cap: { value: '500', unit: '万元', clause: '每次最高不超过500万元' },
    },
  },

  /** 第十一条 私募基金管理人 (经评定: conditional) */
  art11: {
    // [interpretation] art11.grossThresholds: the two entry thresholds on the gross figures, the bands on the net capital.
    managerMin: { value: '1000', unit: '万元', inclusive: true, clause: '基金管理人实缴资本1000万元以上' },
    fundsMin: { value: '10000', unit: '万元', inclusive: true, clause: '所管理基金实缴规模合计达到1亿元（含）以上' },
    bands: [
      {
        from: { value: '1000', unit: '万元', inclusive: true, clause: '基金管理人实缴资本1000万元（含）-5000万元的' },
        rate: { value: '0.02', unit: 'ratio', clause: '按实缴资本的2%' },
        cap: { value: '100', unit: '万元', clause: '给予最高不超过100万元奖励' },
      },
      {
        from: { value: '5000', unit: '万元', inclusive: true, clause: '基金管理人实缴资本5000万元（含）-1亿元的' },
        rate: { value: '0.03', unit: 'ratio', clause: '按实缴资本的3%' },
        cap: { value: '300', unit: '万元', clause: '给予最高不超过300万元奖励' },
      },
      {
        from: { value: '10000', unit: '万元', inclusive: true, clause: '基金管理人实缴资本1亿元（含）及以上的' },
        rate: { value: '0.04', unit: 'ratio', clause: '按实缴资本4%' },
        cap: { value: '500', unit: '万元', clause: '给予最高不超过500万元奖励' },
      },
    ],
    /** Not 经评定. */
    increase: {
      min: { value: '1000', unit: '万元', inclusive: true, clause: '实缴增资额达1000万元（含）以上的' },
      rate: { value: '0.005', unit: 'ratio', clause: '按增资金额的0.5%给予一次性奖励' },
      cap: { value: '100', unit: '万元', clause: '最高不超过100万元' },
    },
  },

  /** 第十二条 QFLP (与第十一条就高不重复) */
  art12: {
    newPilot: {
      value: '100',
      unit: '万元',
      clause: '对新获得北京市合格境外有限合伙人（QFLP）试点资格的基金管理公司，给予100万元一次性奖励',
    },
    /** In 万美元 of paid-in capital net of state money; each band includes its lower edge. */
    bands: [
      {
        from: { value: '2000', unit: '万美元', inclusive: true, clause: '2000万美元（含）-5000万美元以下' },
        amount: { value: '50', unit: '万元', clause: '分别给予一次性50万元……人民币奖励' },
      },
      {
        from: { value: '5000', unit: '万美元', inclusive: true, clause: '5000万美元（含）-1亿美元' },
        amount: { value: '80', unit: '万元', clause: '分别给予一次性……80万元……人民币奖励' },
      },
      {
        from: { value: '10000', unit: '万美元', inclusive: true, clause: '1亿美元（含）以上' },
        amount: { value: '100', unit: '万元', clause: '分别给予一次性……100万元人民币奖励' },
      },
    ],
  },

  /** 第十三条 持牌法人扩大业务规模: the sector's measure reaches the threshold and grew; the reward is on revenue. */
  art13: {
    appliesTo: 'licensed',
    sectors: [
      {
        sector: 'banking',
        types: ['bank', 'auto-finance', 'finance-company', 'financial-leasing'],
        measure: 'revenue',
        threshold: { value: '50000', unit: '万元', inclusive: true, clause: '当年的营业收入达到5亿元以上' },
        rate: { value: '0.005', unit: 'ratio', clause: '按当年营业收入的0.5%' },
        cap: { value: '1000', unit: '万元', clause: '给予最高1000万元的一次性奖励' },
      },
      {
        sector: 'securities',
        types: ['securities', 'public-fund', 'fund-sales'],
        measure: 'tradingVolume',
        threshold: { value: '5000000', unit: '万元', inclusive: true, clause: '当年的证券交易额达500亿元以上' },
        rate: { value: '0.01', unit: 'ratio', clause: '按当年营业收入的1%' },
        cap: { value: '500', unit: '万元', clause: '给予最高500万元的一次性奖励' },
      },
      {
        sector: 'insurance',
        types: ['insurer', 'insurance-broker', 'insurance-agent'],
        measure: 'premiumIncome',
        threshold: { value: '2000000', unit: '万元', inclusive: true, clause: '当年的保费收入规模200亿元以上' },
        rate: { value: '0.005', unit: 'ratio', clause: '按当年营业收入的0.5%' },
        cap: { value: '300', unit: '万元', clause: '给予最高300万元的一次性奖励' },
      },
    ],
    /** 正增长: strictly more than last year, so a growth of exactly 0 is outside. */
    growth: { value: '0', unit: 'ratio', inclusive: false, clause: '且正增长的' },
  },

  /** 第十四条 业务增速 (与第三条、第十三条就高不重复) */
  art14: {
    /** 5000万元以下 and 达5000万元（含）以上 would both hold 5000: the （含） gives it to the upper band. */
    upperBandFrom: { value: '5000', unit: '万元', inclusive: true, clause: '全年营业收入达5000万元（含）以上' },
    lowerBandGrowth: {
      value: '0.18',
      unit: 'ratio',
      inclusive: true,
      clause: '全年营业收入5000万元以下、增速18%（含）以上',
    },
    upperBandGrowth: { value: '0.15', unit: 'ratio', inclusive: true, clause: '增速15%（含）以上' },
    rate: { value: '0.02', unit: 'ratio', clause: '按年度营业收入增量部分的2%给予支持' },
    cap: { value: '200', unit: '万元', clause: '单家机构每年最高支持金额200万元' },
  },

  /** 第十五条 投早投小 (经评定: conditional). The payment date (划款日) must fall while a version is in force. */
  art15: {
    /** 满2年: claimable on the second anniversary of the payment itself. */
    wait: {
      value: '2',
      unit: 'years',
      inclusive: true,
      clause: '自投资划款之日起满2年的（投资划款日在政策有效期内的，兑现期直至满2年止）',
    },
    rate: { value: '0.02', unit: 'ratio', clause: '按照实际投资金额的2%（仅限首次投资）' },
    projectCap: { value: '50', unit: '万元', clause: '给予管理企业单个项目最高50万元奖励' },
    /** Counted in the calendar year a project becomes claimable. */
    yearCap: { value: '200', unit: '万元', clause: '每家机构每年累计奖励金额最高不超过200万元' },
  },

  articles: {
    1: {
      title: '鼓励发展科技信贷',
      audiences: ['enterprise', 'bank', 'investor'],
      clause:
        '鼓励银行机构加大对科技型企业的贷款支持力度，鼓励开发“专精特新贷”特色产品。支持各类金融机构为种子期、初创期、成长期、成熟期的科技创新型企业提供全生命周期的多元金融供给。发挥经开区小微企业贷款风险补偿资金作用，对符合相关规定的合作银行小微企业贷款项目发生的不良贷款本金余额给予一定比例的风险补偿。探索与银行机构合作，拓宽贷款风险补偿范围，适度提高补偿比例，鼓励银行机构为科技创新型企业提供额度更高，规模更大的信贷支持。争取科技创新再贷款政策、高新技术企业信用贷款融资试点等落地。支持探索投贷联动、投保联动等模式创新。鼓励银行机构提高创新型中小企业和科技型中小企业融资占比。',
    },
    2: {
      title: '支持发展科技保险',
      clause:
        '认定为北京市“专精特新”中小企业、“国家高新技术企业”的企业（满足其中一项即可）向保险机构投保科技保险，当年实际保费总支出超过10万元的，按照其当年实际保费支出的50%给予企业补贴；认定为国家级专精特新“小巨人”的企业，按照其当年实际保费支出的60%给予企业补贴。每家企业每年最高不超过50万元。本条措施兑现时企业投保期限需满1年。',
    },
    3: {
      title: '支持发展供应链金融',
      clause:
        '鼓励商业保理公司和融资租赁公司运用保理融资及融资租赁等方式提升对实体产业的服务能力，当年业务合同金额达到1亿元（含）以上的，按当年为企业提供融资总额的0.1%给予奖励，每户每年奖励最高不超过500万元。',
    },
    4: {
      title: '推动小微企业融资环境改善',
      clause:
        '对获得企业贷款的小微企业，按照企业当年实际支付利息的50%予以贴息支持，每年单户企业贴息支持上限为25万元；认定为北京市“专精特新”、国家级专精特新“小巨人”的小微企业，按照企业当年实际支付利息的50%予以贴息支持，每年单户企业贴息支持上限分别为40万元、50万元。对获得北京市首贷贴息政策支持的企业，根据市级支持额度，按照1:1的比例给予资金支持，单个企业最高支持20万元。企业申请北京市创业担保贷款，根据市级支持额度，按照1:1的比例给予资金支持，（市区两级补贴利息合计不超过企业当年贷款实际支出利息），单个企业最高支持20万元。本条措施就高不重复享受。',
    },
    5: {
      title: '支持发展绿色金融',
      audiences: ['bank', 'financial-institution', 'local-financial-organisation', 'enterprise'],
      clause:
        '鼓励金融机构开展绿色金融产品创新，提供专业化、差异化服务。支持符合条件的金融机构、地方金融组织和企业在境内外发行绿色债券、转型债券和绿色资产证券化产品。支持绿色金融专业机构发展，建立健全绿色金融专业服务体系。对绿色金融支持力度较强的前20%银行机构给予荣誉称号。',
    },
    6: {
      title: '鼓励发展数字金融',
      audiences: ['financial-institution', 'bank', 'enterprise'],
      clause:
        '鼓励各类金融机构科技子公司及大型产业集团的金融科技子公司在区内发展。鼓励企业利用“信用+”赋能发展，支持有条件的企业发起设立个人征信机构。鼓励金融机构通过数字金融手段促进金融服务的普惠化、智能化，提升金融服务数字化能力。鼓励金融机构布局数字生态场景体系，构建数字生态运营体系，加快数字人民币与数字经济产业的深度融合运用。',
    },
    7: {
      title: '鼓励发展养老金融',
      audiences: ['financial-institution', 'bank', 'enterprise'],
      clause:
        '鼓励金融机构开发推广具有长期性、安全性，覆盖全生命周期的养老金融产品。完善金融支持养老产业发展的运行机制，打通养老产业链和金融服务链，实现覆盖养老全产业链的综合金融服务供给。鼓励各类主体积极扩大企业年金管理规模，支持区内用人单位为本单位人才建立年金，为员工提供更优保障。',
    },
    8: {
      title: '支持持牌法人金融机构经营发展',
      clause:
        '对经国家金融管理部门批准设立的持牌法人金融机构，实收资本1亿元（含）-5亿元的，按照“500万元+实收资本×1%”给予补助；实收资本5亿元（含）-10亿元的，按照“1000万元+实收资本×0.5%”给予补助；实收资本10亿元（含）-30亿元的，按照“2000万元+实收资本×0.3%”给予补助；30亿元（含）以上的，按照“5000万元+实收资本×0.2%”给予补助，最高不超过6000万元。持牌法人金融机构增资的，实收资本每新增1亿元（含）以上的，按增资额度的1%给予补助，每次最高不超过2000万元。',
    },
    9: {
      title: '支持金融分支机构提档升级',
      clause:
        '对新设立的银行一级分行以及证券公司、保险公司一级分支机构，给予400万元一次性开办费支持，新升格的银行二级分行给予200万元一次性开办费支持。',
    },
    10: {
      title: '支持地方金融组织经营发展',
      clause:
        '支持符合产业发展方向的融资租赁公司、商业保理公司、融资担保公司设立。实收资本5亿元（含）以上的，按实收资本的0.5%给予一次性奖励，最高不超过1000万元。实收资本每增加1亿元（含）以上的，按增资额度的0.5%给予奖励，每次最高不超过500万元。',
    },
    11: {
      title: '支持私募投资机构经营发展',
      clause:
        '基金管理人实缴资本1000万元以上，所管理基金实缴规模合计达到1亿元（含）以上，经评定，对实体企业带动作用较强的，按基金管理人实缴资本的一定比例给予奖励。基金管理人实缴资本1000万元（含）-5000万元的，按实缴资本的2%给予最高不超过100万元奖励。基金管理人实缴资本5000万元（含）-1亿元的，按实缴资本的3%给予最高不超过300万元奖励。基金管理人实缴资本1亿元（含）及以上的，按实缴资本4%给予最高不超过500万元奖励。对已设立基金管理人增资的,实缴增资额达1000万元（含）以上的，按增资金额的0.5%给予一次性奖励，最高不超过100万元。涉及经开区政府引导基金、财政资金或国有资本参与出资的，应剔除上述出资部分的投资额后，再行计算奖励资金。',
    },
    12: {
      title: '支持合格境外有限合伙人（QFLP）经营发展',
      clause:
        '对新获得北京市合格境外有限合伙人（QFLP）试点资格的基金管理公司，给予100万元一次性奖励。对依法完成中国证券投资基金业协会备案且在经开区实际经营的QFLP基金产品，按基金产品规模实缴美元（或等值人民币）2000万美元（含）-5000万美元以下、5000万美元（含）-1亿美元、1亿美元（含）以上，分别给予一次性50万元、80万元、100万元人民币奖励。涉及经开区政府引导基金、财政资金或国有资本参与出资的，应剔除上述出资部分的投资额后，再行计算奖励资金。本条内容与第十一条按“就高不重复”原则执行。',
    },
    13: {
      title: '支持持牌法人金融机构扩大业务规模',
      clause:
        '银行、汽车金融、财务公司、金融租赁等银行业法人机构，当年的营业收入达到5亿元以上且正增长的，按当年营业收入的0.5%，给予最高1000万元的一次性奖励。证券公司、公募基金、基金销售等证券业法人机构，当年的证券交易额达500亿元以上且正增长的，按当年营业收入的1%，给予最高500万元的一次性奖励。保险公司、保险经纪、保险代理等保险业法人机构，当年的保费收入规模200亿元以上且正增长的，按当年营业收入的0.5%，给予最高300万元的一次性奖励。',
    },
    14: {
      title: '支持各类金融机构提升业务增速',
      clause:
        '对符合本措施奖励对象的所有金融类机构，全年营业收入5000万元以下、增速18%（含）以上，按年度营业收入增量部分的2%给予支持；全年营业收入达5000万元（含）以上、增速15%（含）以上，按年度营业收入增量部分的2%给予支持；单家机构每年最高支持金额200万元。同一系统内的机构，在经开区存在上下级关系，只给予上级机构业务增速奖励。本条内容与第三条、第十三条按“就高不重复”原则执行。',
    },
    15: {
      title: '支持投早投小投硬科技',
      clause:
        '制定专项政策鼓励风投创投机构投资初创型企业，自投资划款之日起满2年的（投资划款日在政策有效期内的，兑现期直至满2年止），经评定，对实体企业带动作用较强的，按照实际投资金额的2%（仅限首次投资）给予管理企业单个项目最高50万元奖励。每家机构每年累计奖励金额最高不超过200万元。涉及经开区政府引导基金、财政资金或国有资本参与出资的，应剔除上述出资部分的投资额后，再行计算奖励资金。',
    },
    16: {
      title: '支持创新“并购+”组合融资服务',
      audiences: ['enterprise', 'financial-institution', 'bank', 'investor'],
      clause:
        '支持符合国家战略导向、突破关键核心技术、符合新质生产力发展方向的企业开展并购重组。鼓励金融机构为并购重组及后续运营提供并购贷款、并购保险、并购债券等金融工具，丰富并购重组融资渠道。支持有能力的产业链“链主”企业开展企业风险投资（CVC）。',
    },
    17: {
      title: '支持引进金融人才',
      audiences: ['enterprise', 'financial-institution', 'bank', 'local-financial-organisation', 'investor'],
      clause:
        '支持金融领域人才申报亦城人才认定，对经认定的人才创新创业提供资源要素体系支撑和高品质生活服务保障并实施专项奖励。',
    },
    18: {
      title: '推动产业金融创新发展区建设',
      audiences: ['financial-institution', 'bank', 'local-financial-organisation', 'investor'],
      clause:
        '挂牌2-3家金融产业园，推动各类持牌金融机构、创投资本机构、科技金融企业发展，强化产业金融创新发展区载体支撑。探索成立经开区金融服务联盟，提供一体化金融服务。加强金融领域数据资源开发利用，探索开展金融行业数据空间建设。支持数据要素产业生态聚集，助力全市数据基础制度先行区建设。',
    },
    19: {
      title: '强化金融资源统筹能力',
      audiences: ['enterprise', 'financial-institution', 'bank', 'local-financial-organisation', 'investor'],
      clause:
        '联动各类金融机构，梳理企业融资需求，发挥经开区金融综合服务平台、畅融工程、千企万户大走访等机制作用，全年组织开展不少于20场次投融资对接会。充分发挥市区联动和服务企业上市机制的保障作用，深挖上市资源，持续做好多层次上市企业梯队建设。',
    },
    20: {
      title: '增强金融风险防控能力',
      audiences: ['local-financial-organisation'],
      clause:
        '强化金融风险监测预警能力，迭代升级风险监测预警平台，建立金融风险报告制度，做好地方金融组织现场检查工作，压实主体责任。开展风险隐患排查工作，稳妥推进风险企业核查处置。',
    },
  },
} satisfies PolicyData;

/** A realistic mix of scenarios, every applicant kind, for the throughput bench (prints scenarios/s as JSON). */
import { estimate } from '../core/index.ts';

export const MIX: unknown[] = [
  {
    year: 2025,
    eligibility: { inZone: true },
    enterprise: { smallOrMicro: true, certifications: [], loanInterestPaid: 40 },
  },
  {
    year: 2025,
    enterprise: {
      smallOrMicro: true,
      certifications: ['national-little-giant'],
      techInsurance: { premium: 20, termMonths: 12 },
      loanInterestPaid: 120,
    },
  },
  {
    year: 2026,
    enterprise: {
      smallOrMicro: true,
      loanInterestPaid: '6万',
      firstLoanMunicipalSupport: 9,
      startupGuaranteeLoan: { municipalSupport: 3, interestPaid: 8 },
    },
  },
  {
    year: 2025,
    enterprise: {
      smallOrMicro: false,
      certifications: ['national-high-tech'],
      techInsurance: { premium: '150,000元', termMonths: 12 },
    },
  },
  {
    year: 2025,
    institution: {
      type: 'bank',
      newlyEstablished: true,
      paidInCapital: '20亿',
      capitalIncreases: [20000],
      revenue: 80000,
      previousRevenue: 70000,
    },
  },
  {
    year: 2027,
    institution: {
      type: 'securities',
      revenue: 40000,
      previousRevenue: 30000,
      tradingVolume: 6000000,
      previousTradingVolume: 5500000,
    },
  },
  {
    year: 2025,
    institution: {
      type: 'commercial-factoring',
      newlyEstablished: true,
      paidInCapital: 60000,
      contractAmount: 30000,
      financingProvided: 250000,
      revenue: 2000,
      previousRevenue: 1500,
    },
  },
  { year: 2025, institution: { type: 'bank-branch', branchEvent: 'new-tier1', revenue: 1180, previousRevenue: 1000 } },
  {
    year: 2025,
    institution: {
      type: 'insurer',
      premiumIncome: 2500000,
      previousPremiumIncome: 2100000,
      revenue: 90000,
      previousRevenue: 85000,
    },
  },
  {
    year: 2025,
    fund: {
      managerPaidInCapital: 3000,
      managerStateCapital: 0,
      managedFundsPaidIn: 12000,
      managerCapitalIncreases: [1500],
    },
  },
  {
    year: 2025,
    fund: {
      qflpNewPilot: true,
      qflpFunds: [
        { paidIn: 6000, currency: 'USD' },
        { paidIn: 14200, currency: 'CNY' },
      ],
      usdCnyRate: 7.1,
    },
  },
  {
    year: 2025,
    asOf: '2027-12-31',
    fund: {
      investments: [
        { company: 'A', amount: 1500, fundedOn: '2025-04-01', firstInvestment: true, startup: true, stateCapital: 0 },
        { company: 'B', amount: 4000, fundedOn: '2025-06-30', firstInvestment: true, startup: true, stateCapital: 500 },
        { company: 'C', amount: 1000, fundedOn: '2026-03-01', firstInvestment: true, startup: true },
      ],
    },
  },
  { year: 2025, eligibility: { inZone: false }, enterprise: { smallOrMicro: true, loanInterestPaid: 40 } },
  { year: 2024, enterprise: { smallOrMicro: true, loanInterestPaid: 40 } },
];

/**
 * Evaluates the mix one scenario at a time for about `ms` milliseconds of this process's CPU time; returns scenarios
 * per CPU-second (one core). CPU time, not wall time, so other work on the machine doesn't count against the core.
 */
export function throughput(ms: number, amountsOnly = false): number {
  for (let i = 0; i < 3000; i++)
    estimate(MIX[i % MIX.length], { lang: i % 2 ? 'en' : 'zh-CN', today: '2026-11-26', amountsOnly }); // warm-up
  const cpuMs = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  let n = 0;
  const start = cpuMs();
  let now = start;
  while (now - start < ms) {
    for (let k = 0; k < 200; k++, n++) {
      const out = estimate(MIX[n % MIX.length], { lang: n % 2 ? 'en' : 'zh-CN', today: '2026-11-26', amountsOnly });
      if (!out.ok) throw new Error('bench mix scenario is invalid');
    }
    now = cpuMs();
  }
  return (n / (now - start)) * 1000;
}

// --amounts-only as a 4th argument: estimate's amounts-only mode (no sentences), as batch runs use it.
if (process.argv[2] === '--run')
  console.log(
    JSON.stringify({ perSecond: throughput(Number(process.argv[3] ?? 3000), process.argv[4] === '--amounts-only') }),
  );

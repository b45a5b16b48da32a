const assert = require('assert');
const { core } = require('./helpers');

const shown = (text) => core.findMetrics(text).map((s) => text.slice(s.start, s.end));

describe('findMetrics: what counts as a measurable outcome', () => {
  const measured = [
    ['cut response time from 4 hours to 30 minutes', '4 hours'],
    ['saved $12k a year', '$12k'],
    ['complaints fell by 40%', '40%'],
    ['reduced churn by 12 percent', '12 percent'],
    ['onboarded 35 customers in a month', '35 customers'],
    ['2x faster checkout', '2x'],
    ['closed for two and a half hours instead of the whole day', 'two and a half hours'],
    ['grew revenue 3×', '3×'],
    ['now rated 4.8/5 by users', '4.8/5'],
    ['the backlog dropped to 12.', '12'],
    ['latency went 800ms → 120ms', '800ms'],
    ['conversions doubled within the quarter', 'doubled'],
    ['we cut costs in half', 'in half'],
    ['launched three weeks earlier than planned', 'three weeks'],
    ['zero incidents since the change', 'zero'],
    ['our store ranked #1 in the region', '#1'],
    ['saved €40,000 in licences', '€40,000'],
    ['the dues were GH₵ 3,500 a month', 'GH₵ 3,500'],
    ['sold ₦120,000 of cloth', '₦120,000'],
    ['500+ users adopted it', '500+ users'],
    ['a third fewer escalations', 'a third'],
    ['reached 10k daily users', '10k daily'],
    ['$2M in new revenue', '$2M'],
    ['shipped 3-4 weeks early', '3-4 weeks'],
    ['finished in 30min', '30min'],
    ['saved about 12 000 € in a year', '12 000 €'],
    ['avoiding a 3-week delay', '3-week'],
  ];
  for (const [text, expected] of measured) {
    it(`counts "${text}"`, () => {
      assert.ok(
        shown(text).some((s) => s.includes(expected)),
        `${JSON.stringify(shown(text))} should include "${expected}"`,
      );
    });
  }

  const notMeasured = [
    'shipped in 2021',
    'released v2.3 on March 3, 2022',
    'we moved to Python 3',
    'planned for Q3 2022',
    'fixed JIRA-123 at last',
    '1. Launched the page',
    'the customer was very happy',
    'much faster now, and everyone noticed',
    'it went live on 2022-03-04',
    'Phase 2 started',
    'an X% improvement',
    'everything was done by 5 pm',
    'support is open 24/7',
    'the Kubernetes 1.28 upgrade went fine',
    'in March 2020 we launched',
    'see page 3 of the report',
    'it closed #42',
    'live on 3/4/2022',
    'version 3 is live',
    'one of the smoothest launches',
    'iOS 17 support shipped',
    'at 9:30 the call ended',
    'Sprint 14 closed on time',
  ];
  for (const text of notMeasured) {
    it(`does not count "${text}"`, () => assert.deepStrictEqual(shown(text), []));
  }
});

describe('measures a careful reader counts, and numbers that are not outcomes', () => {
  const { hasMetric } = require('../../out/core/metrics');
  for (const text of [
    'It helped triple our open rate.',
    'Doubling sign-ups took one term.',
    'I graduated with a 3.8 GPA.',
    'Rated 4.7 out of 5 by guests.',
    'Onboarding now takes 4 days instead of 10.',
    'I cut the release cycle to 2 weeks.',
    'It saved over 6 hours every week.',
    'Errors went down from 2 a month.',
    'We cut the queue by half.',
    'In those 3 days we sold 400 units.',
    'We cut the ten steps to three.',
    'The two queues merged into one.',
    'We now serve two towns.',
    'Double bookings went from about five a week to none in the two months that followed.',
    'Complaints about cyclists to the community council went from eleven that summer to one the next.',
    'Call-backs fell from twelve to four.',
  ]) {
    it(`counts "${text}"`, () => assert.strictEqual(hasMetric(text), true));
  }
  for (const text of [
    'After 4 months of work, it went live.',
    'We shipped it over two sprints.',
    'It took 6 weeks, but the client was happy.',
    'Everyone was 100% on board.',
    'I gave it 110% that week.',
    'I double-checked every figure.',
    'The joists were on site by half past two.',
    'Nobody went without a hot meal in those three days.',
    'We now inspect any roof over forty years old.',
    'The company later wrote to everyone in the two towns about the register.',
    'Those four crews now start on time.',
    'I worked from nine to five, then drove from two to four on Sundays.',
  ]) {
    it(`does not count "${text}"`, () => assert.strictEqual(hasMetric(text), false));
  }
});

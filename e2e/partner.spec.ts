/**
 * The static-IPs-for-a-partner design built from an empty design with mouse and keyboard
 * gestures only, each one counted: the budget is what a new user should need.
 */
import { expect, test, type Page } from '@playwright/test';
import { Studio } from './fixtures/studio.ts';
import { Trace } from './fixtures/trace.ts';

const BUDGET = 45;

/** The page objects' gestures, each counted as the user inputs it takes. */
class Counted {
  actions = 0;
  readonly studio: Studio;
  readonly trace: Trace;

  constructor(readonly page: Page) {
    this.studio = new Studio(page);
    this.trace = new Trace(page);
  }

  private async count<T>(inputs: number, gesture: Promise<T>): Promise<T> {
    this.actions += inputs;
    return gesture;
  }

  newDesign = () => this.count(1, this.studio.newDesign());
  drop = (kind: string, into?: string) => this.count(1, this.studio.drop(kind, into));
  /** A click on a palette entry: it adds to the selection's container. */
  add = (entry: string) => this.count(1, this.studio.palette.locator(`[data-kind="${entry}"]`).click());
  select = (id: string) => this.count(1, this.studio.select(id));
  fill = (field: string, value: string) => this.count(1, this.studio.fill(field, value));
  click = (target: ReturnType<Page['getByRole']>) => this.count(1, target.click());
  /** Types into one cell of a table field: `label` is the column and row, as the cell is named. */
  fillCell = (field: string, label: string, value: string) => this.count(1, this.studio.field(field).getByLabel(label, { exact: true }).fill(value));
  /** One drag from a box's handle to another box's (right to left unless the boxes sit the other way). */
  connect = (from: string, to: string, sides?: readonly ['right' | 'left', 'right' | 'left']) =>
    this.count(1, this.studio.connect(from, to, { fit: false, ...(sides ? { sides } : {}) }));
  fitView = () => this.count(1, this.page.locator('.react-flow__controls-fitview').click());
  openTrace = () => this.count(1, this.trace.open());
  /** Typing part of a name and picking it from the list: two inputs. */
  choose = (field: 'Source' | 'Destination', search: string, id: string) => this.count(2, this.trace.choose(field, search, id));
}

test('the partner design, from an empty one to a reachable trace, in at most 45 actions', async ({ page }) => {
  test.setTimeout(180_000);
  const user = new Counted(page);
  const { studio } = user;
  await studio.open();

  await user.newDesign();
  await user.drop('account');
  await user.fitView();
  await user.drop('vpc', 'acct-1');
  await user.fill('cidrs', '10.20.0.0/16');
  await expect(studio.node('vpc-1')).toContainText('10.20.0.0/16');

  // Four subnets, each clicked in with the last one selected: next free /24s, AZs a, b, a, b.
  for (let i = 0; i < 4; i++) await user.add('subnet');
  await expect(studio.node('subnet-4')).toContainText('10.20.3.0/24');
  await expect(studio.node('subnet-4')).toContainText('ap-northeast-2b');
  await expect(studio.node('subnet-3')).toContainText('ap-northeast-2a');

  // The internet gateway goes in the selected subnet's VPC; two subnets route to it.
  await user.add('internet-gateway');
  await user.fitView();
  await user.connect('subnet-1', 'igw-1');
  await user.connect('subnet-2', 'igw-1');

  // A NAT gateway with an Elastic IP in the first public subnet; the private subnets route to it.
  await user.select('subnet-1');
  await user.add('nat-gateway');
  await user.add('elastic-ip');
  await user.connect('subnet-3', 'nat-1');
  await user.connect('subnet-4', 'nat-1');

  // The NLB, added with the NAT gateway selected, lands in its public subnet: internet-facing, both AZs.
  await user.add('nlb');
  await expect(studio.node('nlb-1')).toContainText('internet-facing');

  // Two proxies, one per private subnet, registered behind the NLB.
  await user.select('subnet-3');
  await user.add('proxy');
  await user.select('subnet-4');
  await user.add('proxy');
  await user.fitView();
  await user.connect('nlb-1', 'i-1');
  await user.connect('nlb-1', 'i-2');
  await expect(studio.node('nlb-1')).toContainText('TCP:443');

  // The ALB the proxies forward to, with an app instance behind it.
  await user.add('alb');
  await user.connect('i-1', 'alb-1');
  await user.connect('i-2', 'alb-1');
  await user.add('instance');
  // The instance lands right beside the ALB: the edge starts from the ALB's far side.
  await user.connect('alb-1', 'i-3', ['left', 'right']);

  // The partner network, connecting to the NLB. It lands beside the account, past the edge of
  // the view fitted before the account grew: the view widens to show it.
  await user.add('partner');
  await expect(studio.node('external-1')).toBeInViewport();
  await expect(studio.node('nlb-1')).toBeInViewport();
  await user.fill('cidr', '203.0.113.0/24');
  await user.connect('external-1', 'nlb-1');

  // The proxies' security group lets the partner in on 443 (the NLB keeps the client's address).
  await user.select('vpc-1');
  await user.click(studio.inspector.getByRole('button', { name: 'default', exact: true }));
  await user.click(studio.field('ingress').getByRole('button', { name: '+ Add' }));
  await user.fillCell('ingress', 'Source / destination 2', '203.0.113.0/24');

  await user.openTrace();
  await user.choose('Source', 'Partner', 'external-1');
  await user.choose('Destination', 'Network', 'nlb-1');
  await expect(user.trace.verdict).toContainText('Reachable');
  await expect(page.getByTestId('findings-count')).toHaveAttribute('title', /^0 errors/);

  console.log(`partner design: ${user.actions} actions`);
  expect(user.actions).toBeLessThanOrEqual(BUDGET);
});

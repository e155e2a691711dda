/**
 * cdk-nag's AwsSolutions findings the generated app accepts on purpose, each with the reason
 * that is true of the resource it is acknowledged on. Everything else the pack reports is
 * fixed in the emitters (encrypted volumes, control-plane logs, container logs, ...).
 */
import type { StackWriter } from './writer.ts';

export const NAG_REASONS = {
  'AwsSolutions-VPC7': 'Flow logs belong in a log archive the design does not model; add an AWS::EC2::FlowLog to it once it exists.',
  'AwsSolutions-VPC3': 'The network ACLs are the ones the design draws, and the design rules check them.',
  'AwsSolutions-ELB2': 'Access logs need an S3 bucket in a log archive the design does not model.',
  'AwsSolutions-EC23': 'The design opens this rule to the internet on purpose, and the design rules report it.',
  'AwsSolutions-EKS1': 'The design does not say where kubectl runs from, so the public endpoint stays on next to the private one; restrict publicAccessCidrs once it does.',
  'AwsSolutions-APIG1': 'Access logs go to a log destination the design does not model.',
  'AwsSolutions-APIG2': 'Proxy integrations pass requests through to the backend, which validates them; the design has no request models.',
  'AwsSolutions-APIG3': 'The design models no AWS WAF web ACL.',
  'AwsSolutions-APIG4': 'The design models no authorizer: add one (IAM, Cognito or Lambda) before this method takes real traffic.',
  'AwsSolutions-APIG6': 'Execution logs need API Gateway\'s account-wide CloudWatch role, a setting outside this design.',
  'AwsSolutions-COG4': 'The design models no Cognito user pool: add an authorizer before this method takes real traffic.',
  'AwsSolutions-L1': 'The runtime is the one the design names; the design rules report deprecated runtimes.',
  'AwsSolutions-EC26': 'The root volume is encrypted (blockDeviceMappings); the rule cannot read an instance without a launch template in a stack that has one.',
  'AwsSolutions-AS3': 'Scaling notifications go to an SNS topic the design does not model.',
  'AwsSolutions-IAM5[Resource::*]': 'The SDK call names a resource known only once the stack deploys (a node group\'s Auto Scaling group), so the policy cannot name it.',
} as const;

export type NagRule = keyof typeof NAG_REASONS;

export function acceptFindings(stack: StackWriter, varName: string, ...rules: NagRule[]): void {
  for (const rule of rules) stack.acknowledgeOn(varName, rule, NAG_REASONS[rule]);
}

/** IAM4 for an AWS managed policy on a role a service assumes. */
export function acceptManagedPolicy(stack: StackWriter, role: string, policy: string, service: string): void {
  stack.acknowledgeOn(
    role,
    `AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/${policy}]`,
    `${policy} is the AWS managed policy AWS documents for ${service}, and AWS keeps it in step with the service.`,
  );
}

/**
 * EC26 for a standalone instance: cdk-nag's rule throws for an instance without a launch
 * template in a stack that has one, and finds the encrypted root volume everywhere else.
 */
export function acceptInstanceVolumeCheck(stack: StackWriter, varName: string): void {
  stack.acknowledgeOnWhen(varName, 'AwsSolutions-EC26', NAG_REASONS['AwsSolutions-EC26'], () => stack.has('ec2.CfnLaunchTemplate'));
}

/** The Lambda function CDK shares between a stack's SDK calls (AwsCustomResource), once per stack. */
export function acceptCustomResourceProvider(stack: StackWriter): void {
  stack.acknowledgeProvider(
    'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
    "AWSLambdaBasicExecutionRole is what CDK's SDK-call function needs to write its logs, and AWS keeps it in step with Lambda.",
  );
}

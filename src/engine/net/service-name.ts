/** AWS service names of VPC endpoints: `com.amazonaws.<region>.<service>`. */

/** The Region a service name names, when it names one (`com.amazonaws.ap-northeast-2.s3` → `ap-northeast-2`). */
export function serviceRegion(service: string): string | undefined {
  return /^com\.amazonaws\.([a-z]{2}(?:-[a-z]+)+-\d+)\./.exec(service)?.[1];
}

/** The service itself: the last part of the name (`s3`, `dynamodb`). */
export function serviceShortName(service: string): string {
  return service.split('.').at(-1) ?? service;
}

variable "account_id_workload" {
  description = "AWS account number (12 digits) of an account in the design"
  type        = string
}

variable "public_nlb_certificate_arn" {
  description = "ACM certificate ARN for a TLS or HTTPS listener"
  type        = string
}

variable "internal_alb_certificate_arn" {
  description = "ACM certificate ARN for a TLS or HTTPS listener"
  type        = string
}

variable "orders_mq_username" {
  description = "Administrator user name of an Amazon MQ broker"
  type        = string
  default     = "admin"
}

variable "orders_mq_password" {
  description = "Administrator password of an Amazon MQ broker (12+ characters)"
  type        = string
  sensitive   = true
}

variable "legacy_mq_username" {
  description = "Administrator user name of an Amazon MQ broker"
  type        = string
  default     = "admin"
}

variable "legacy_mq_password" {
  description = "Administrator password of an Amazon MQ broker (12+ characters)"
  type        = string
  sensitive   = true
}

variable "ami_linux_ap_northeast_2" {
  description = "AMI id for linux instances in ap-northeast-2"
  type        = string
}

variable "ami_windows_ap_northeast_2" {
  description = "AMI id for windows instances in ap-northeast-2"
  type        = string
}

variable "batch_image" {
  description = "Container image of an ECS service"
  type        = string
}

variable "beanstalk_application" {
  description = "Name of the Elastic Beanstalk application the environments belong to"
  type        = string
}

variable "resize_package" {
  description = "Path to the deployment package (zip) of a Lambda function"
  type        = string
}

variable "edge_fn_package" {
  description = "Path to the deployment package (zip) of a Lambda function"
  type        = string
}

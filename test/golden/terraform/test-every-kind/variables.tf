variable "account_id_app" {
  description = "AWS account number (12 digits) of an account in the design"
  type        = string
}

variable "nlb_certificate_arn" {
  description = "ACM certificate ARN for a TLS or HTTPS listener"
  type        = string
}

variable "alb_certificate_arn" {
  description = "ACM certificate ARN for a TLS or HTTPS listener"
  type        = string
}

variable "mq_username" {
  description = "Administrator user name of an Amazon MQ broker"
  type        = string
  default     = "admin"
}

variable "mq_password" {
  description = "Administrator password of an Amazon MQ broker (12+ characters)"
  type        = string
  sensitive   = true
}

variable "mq_active_username" {
  description = "Administrator user name of an Amazon MQ broker"
  type        = string
  default     = "admin"
}

variable "mq_active_password" {
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

variable "ecs_ec2_image" {
  description = "Container image of an ECS service"
  type        = string
}

variable "fn_package" {
  description = "Path to the deployment package (zip) of a Lambda function"
  type        = string
}

variable "fn_edge_package" {
  description = "Path to the deployment package (zip) of a Lambda function"
  type        = string
}

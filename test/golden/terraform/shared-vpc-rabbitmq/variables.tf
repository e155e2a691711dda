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

variable "ami_linux_ap_northeast_2" {
  description = "AMI id for linux instances in ap-northeast-2"
  type        = string
}

variable "orders_svc_image" {
  description = "Container image of an ECS service"
  type        = string
}

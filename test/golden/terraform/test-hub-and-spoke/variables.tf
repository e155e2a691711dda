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

variable "vpc_b_orders_image" {
  description = "Container image of an ECS service"
  type        = string
}

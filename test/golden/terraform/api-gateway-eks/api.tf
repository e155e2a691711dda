# API Gateway APIs and VPC links.

resource "aws_api_gateway_vpc_link" "api_vpc_link" {
  provider    = aws.api_ap_northeast_2
  name        = "api vpc link"
  target_arns = [aws_lb.api_internal_nlb.arn]

  tags = {
    Name = "api vpc link"
  }
}

resource "aws_api_gateway_rest_api" "public_api" {
  provider = aws.api_ap_northeast_2
  name     = "public api"
  body = jsonencode({
    openapi = "3.0.1"
    info = {
      title   = "public api"
      version = "1.0"
    }
    paths = {
      "/orders/{proxy+}" = {
        "x-amazon-apigateway-any-method" = {
          parameters = [
            {
              name     = "proxy"
              "in"     = "path"
              required = true
              schema = {
                type = "string"
              }
            },
          ]
          "x-amazon-apigateway-integration" = {
            type           = "http_proxy"
            httpMethod     = "ANY"
            uri            = "http://${aws_lb.api_internal_nlb.dns_name}:8080/orders/{proxy+}"
            connectionType = "VPC_LINK"
            connectionId   = aws_api_gateway_vpc_link.api_vpc_link.id
            requestParameters = {
              "integration.request.path.proxy" = "method.request.path.proxy"
            }
          }
        }
      }
      "/users/{proxy+}" = {
        "x-amazon-apigateway-any-method" = {
          parameters = [
            {
              name     = "proxy"
              "in"     = "path"
              required = true
              schema = {
                type = "string"
              }
            },
          ]
          "x-amazon-apigateway-integration" = {
            type           = "http_proxy"
            httpMethod     = "ANY"
            uri            = "http://${aws_lb.api_internal_nlb.dns_name}:8081/users/{proxy+}"
            connectionType = "VPC_LINK"
            connectionId   = aws_api_gateway_vpc_link.api_vpc_link.id
            requestParameters = {
              "integration.request.path.proxy" = "method.request.path.proxy"
            }
          }
        }
      }
      "/catalog/{proxy+}" = {
        "x-amazon-apigateway-any-method" = {
          parameters = [
            {
              name     = "proxy"
              "in"     = "path"
              required = true
              schema = {
                type = "string"
              }
            },
          ]
          "x-amazon-apigateway-integration" = {
            type           = "http_proxy"
            httpMethod     = "ANY"
            uri            = "http://${aws_lb.api_internal_nlb.dns_name}:8082/catalog/{proxy+}"
            connectionType = "VPC_LINK"
            connectionId   = aws_api_gateway_vpc_link.api_vpc_link.id
            requestParameters = {
              "integration.request.path.proxy" = "method.request.path.proxy"
            }
          }
        }
      }
    }
  })

  endpoint_configuration {
    types = ["REGIONAL"]
  }

  tags = {
    Name = "public api"
  }
}

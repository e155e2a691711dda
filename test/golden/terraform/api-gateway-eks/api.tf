# API Gateway APIs and VPC links.

resource "aws_api_gateway_vpc_link" "api_link" {
  provider    = aws.api_ap_northeast_2
  name        = "api vpc link"
  target_arns = [aws_lb.api_nlb.arn]

  tags = {
    Name = "api vpc link"
  }
}

resource "aws_api_gateway_rest_api" "rest_api" {
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
            uri            = "http://${aws_lb.api_nlb.dns_name}:8080/orders/{proxy}"
            connectionType = "VPC_LINK"
            connectionId   = aws_api_gateway_vpc_link.api_link.id
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
            uri            = "http://${aws_lb.api_nlb.dns_name}:8081/users/{proxy}"
            connectionType = "VPC_LINK"
            connectionId   = aws_api_gateway_vpc_link.api_link.id
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
            uri            = "http://${aws_lb.api_nlb.dns_name}:8082/catalog/{proxy}"
            connectionType = "VPC_LINK"
            connectionId   = aws_api_gateway_vpc_link.api_link.id
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

resource "aws_api_gateway_deployment" "rest_api" {
  provider    = aws.api_ap_northeast_2
  rest_api_id = aws_api_gateway_rest_api.rest_api.id
  triggers = {
    redeployment = sha1(aws_api_gateway_rest_api.rest_api.body)
  }

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_api_gateway_stage" "rest_api" {
  provider      = aws.api_ap_northeast_2
  rest_api_id   = aws_api_gateway_rest_api.rest_api.id
  deployment_id = aws_api_gateway_deployment.rest_api.id
  stage_name    = "prod"

  tags = {
    Name = "public api"
  }
}

# API Gateway APIs and VPC links.

resource "aws_api_gateway_vpc_link" "link_v1" {
  provider    = aws.net_ap_northeast_2
  name        = "rest link"
  target_arns = [aws_lb.nlb.arn]

  tags = {
    Name = "rest link"
  }
}

resource "aws_apigatewayv2_vpc_link" "link_v2" {
  provider           = aws.net_ap_northeast_2
  name               = "http link"
  subnet_ids         = [aws_subnet.hub_pub_a.id, aws_subnet.hub_pub_c.id]
  security_group_ids = [aws_security_group.sg_web.id]

  tags = {
    Name = "http link"
  }
}

resource "aws_api_gateway_rest_api" "api_rest" {
  provider = aws.net_ap_northeast_2
  name     = "orders api"
  body = jsonencode({
    openapi = "3.0.1"
    info = {
      title   = "orders api"
      version = "1.0"
    }
    paths = {
      "/orders" = {
        get = {
          "x-amazon-apigateway-integration" = {
            type           = "http_proxy"
            httpMethod     = "GET"
            uri            = "http://${aws_lb.nlb.dns_name}:80/orders"
            connectionType = "VPC_LINK"
            connectionId   = aws_api_gateway_vpc_link.link_v1.id
          }
        }
      }
      "/items/{id}" = {
        "x-amazon-apigateway-any-method" = {
          parameters = [
            {
              name     = "id"
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
            uri            = "http://${aws_lb.nlb.dns_name}:80/items/{id}"
            connectionType = "VPC_LINK"
            connectionId   = aws_api_gateway_vpc_link.link_v1.id
            requestParameters = {
              "integration.request.path.id" = "method.request.path.id"
            }
          }
        }
      }
      "/health" = {
        get = {
          "x-amazon-apigateway-integration" = {
            type = "mock"
            requestTemplates = {
              "application/json" = "{\"statusCode\": 200}"
            }
          }
        }
      }
    }
  })
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect    = "Allow"
        Principal = "*"
        Action    = "execute-api:Invoke"
        Resource  = "execute-api:/*"
      },
    ]
  })

  endpoint_configuration {
    types = ["PRIVATE"]
  }

  tags = {
    Name = "orders api"
  }
}

resource "aws_api_gateway_deployment" "api_rest" {
  provider    = aws.net_ap_northeast_2
  rest_api_id = aws_api_gateway_rest_api.api_rest.id
  triggers = {
    redeployment = sha1(aws_api_gateway_rest_api.api_rest.body)
  }

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_api_gateway_stage" "api_rest" {
  provider      = aws.net_ap_northeast_2
  rest_api_id   = aws_api_gateway_rest_api.api_rest.id
  deployment_id = aws_api_gateway_deployment.api_rest.id
  stage_name    = "prod"

  tags = {
    Name = "orders api"
  }
}

resource "aws_apigatewayv2_api" "api_http" {
  provider      = aws.net_ap_northeast_2
  name          = "web api"
  protocol_type = "HTTP"

  tags = {
    Name = "web api"
  }
}

resource "aws_apigatewayv2_integration" "api_http_integration_1" {
  provider               = aws.net_ap_northeast_2
  api_id                 = aws_apigatewayv2_api.api_http.id
  integration_type       = "HTTP_PROXY"
  integration_method     = "ANY"
  integration_uri        = aws_lb_listener.alb_http_80.arn
  connection_type        = "VPC_LINK"
  connection_id          = aws_apigatewayv2_vpc_link.link_v2.id
  payload_format_version = "1.0"
}

resource "aws_apigatewayv2_route" "api_http_route_1" {
  provider  = aws.net_ap_northeast_2
  api_id    = aws_apigatewayv2_api.api_http.id
  route_key = "ANY /web"
  target    = "integrations/${aws_apigatewayv2_integration.api_http_integration_1.id}"
}

resource "aws_apigatewayv2_integration" "api_http_integration_2" {
  provider               = aws.net_ap_northeast_2
  api_id                 = aws_apigatewayv2_api.api_http.id
  integration_type       = "HTTP_PROXY"
  integration_method     = "GET"
  integration_uri        = "http://${aws_lb.alb.dns_name}:80/public"
  connection_type        = "INTERNET"
  payload_format_version = "1.0"
}

resource "aws_apigatewayv2_route" "api_http_route_2" {
  provider  = aws.net_ap_northeast_2
  api_id    = aws_apigatewayv2_api.api_http.id
  route_key = "GET /public"
  target    = "integrations/${aws_apigatewayv2_integration.api_http_integration_2.id}"
}

resource "aws_apigatewayv2_stage" "api_http_default" {
  provider    = aws.net_ap_northeast_2
  api_id      = aws_apigatewayv2_api.api_http.id
  name        = "$default"
  auto_deploy = true

  tags = {
    Name = "web api"
  }
}

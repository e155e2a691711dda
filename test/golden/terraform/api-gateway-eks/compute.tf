# Instances, Auto Scaling groups, containers, Elastic Beanstalk and Lambda.

resource "aws_iam_role" "api_eks_cluster" {
  provider = aws.api_ap_northeast_2
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect = "Allow"
        Principal = {
          Service = "eks.amazonaws.com"
        }
        Action = "sts:AssumeRole"
      },
    ]
  })
  managed_policy_arns = ["arn:aws:iam::aws:policy/AmazonEKSClusterPolicy"]

  tags = {
    Name = "api eks"
  }
}

resource "aws_eks_cluster" "api_eks" {
  provider = aws.api_ap_northeast_2
  name     = "api-eks"
  role_arn = aws_iam_role.api_eks_cluster.arn
  version  = "1.31"

  vpc_config {
    subnet_ids = [aws_subnet.private_a.id, aws_subnet.private_c.id]
  }

  tags = {
    Name = "api eks"
  }
}

resource "aws_iam_role" "api_eks_nodes" {
  provider = aws.api_ap_northeast_2
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect = "Allow"
        Principal = {
          Service = "ec2.amazonaws.com"
        }
        Action = "sts:AssumeRole"
      },
    ]
  })
  managed_policy_arns = [
    "arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy",
    "arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy",
    "arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly",
  ]

  tags = {
    Name = "api eks"
  }
}

resource "aws_eks_node_group" "api_eks_nodes" {
  provider        = aws.api_ap_northeast_2
  cluster_name    = aws_eks_cluster.api_eks.name
  node_group_name = "default"
  node_role_arn   = aws_iam_role.api_eks_nodes.arn
  subnet_ids      = [aws_subnet.private_a.id, aws_subnet.private_c.id]
  instance_types  = ["m6i.large"]

  scaling_config {
    desired_size = 2
    max_size     = 3
    min_size     = 1
  }

  tags = {
    Name = "api eks"
  }
}

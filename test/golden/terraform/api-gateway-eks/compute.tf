# Instances, Auto Scaling groups, containers, Elastic Beanstalk and Lambda.

resource "aws_iam_role" "eks_cluster" {
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

  tags = {
    Name = "api eks"
  }
}

resource "aws_iam_role_policy_attachment" "eks_cluster_amazoneksclusterpolicy" {
  provider   = aws.api_ap_northeast_2
  role       = aws_iam_role.eks_cluster.name
  policy_arn = "arn:aws:iam::aws:policy/AmazonEKSClusterPolicy"
}

resource "aws_eks_cluster" "eks" {
  provider = aws.api_ap_northeast_2
  name     = "api-eks"
  role_arn = aws_iam_role.eks_cluster.arn
  version  = "1.31"

  vpc_config {
    subnet_ids = [aws_subnet.private_a.id, aws_subnet.private_c.id]
  }

  tags = {
    Name = "api eks"
  }
  depends_on = [aws_iam_role_policy_attachment.eks_cluster_amazoneksclusterpolicy]
}

resource "aws_iam_role" "eks_nodes" {
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

  tags = {
    Name = "api eks"
  }
}

resource "aws_iam_role_policy_attachment" "eks_nodes_amazoneksworkernodepolicy" {
  provider   = aws.api_ap_northeast_2
  role       = aws_iam_role.eks_nodes.name
  policy_arn = "arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy"
}

resource "aws_iam_role_policy_attachment" "eks_nodes_amazoneks_cni_policy" {
  provider   = aws.api_ap_northeast_2
  role       = aws_iam_role.eks_nodes.name
  policy_arn = "arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy"
}

resource "aws_iam_role_policy_attachment" "eks_nodes_amazonec2containerregistryreadonly" {
  provider   = aws.api_ap_northeast_2
  role       = aws_iam_role.eks_nodes.name
  policy_arn = "arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly"
}

resource "aws_launch_template" "eks_nodes" {
  provider               = aws.api_ap_northeast_2
  name_prefix            = "api-eks-nodes-"
  vpc_security_group_ids = [aws_eks_cluster.eks.vpc_config[0].cluster_security_group_id, aws_security_group.nodes_sg.id]

  tags = {
    Name = "api eks"
  }
}

resource "aws_eks_node_group" "eks_nodes" {
  provider        = aws.api_ap_northeast_2
  cluster_name    = aws_eks_cluster.eks.name
  node_group_name = "default"
  node_role_arn   = aws_iam_role.eks_nodes.arn
  subnet_ids      = [aws_subnet.private_a.id, aws_subnet.private_c.id]
  instance_types  = ["m6i.large"]

  scaling_config {
    desired_size = 2
    max_size     = 3
    min_size     = 1
  }

  launch_template {
    id      = aws_launch_template.eks_nodes.id
    version = aws_launch_template.eks_nodes.latest_version
  }

  tags = {
    Name = "api eks"
  }
  depends_on = [
    aws_iam_role_policy_attachment.eks_nodes_amazoneksworkernodepolicy,
    aws_iam_role_policy_attachment.eks_nodes_amazoneks_cni_policy,
    aws_iam_role_policy_attachment.eks_nodes_amazonec2containerregistryreadonly,
  ]
}

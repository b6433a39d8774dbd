#!/usr/bin/env python3
"""Time one DP-SGD epoch of PyTorch + Opacus on the same models, data, batch and thread count as
`veil bench dp-sgd`, for the comparison the dp-sgd issue asks for.

Not run by Veil's build: it needs torch and opacus (pip install torch opacus), which Veil's build
machines cannot install (no PyPI). Run it on the machine where you ran `veil bench dp-sgd`:

    python3 opacus_epoch_time.py --task mnist-mlp --threads 2 --mnist /path/to/mnist --epochs 3

It prints one JSON object: task, threads, opacusSecondsPerEpoch (median after a warm-up epoch),
plainSecondsPerEpoch (same loop without Opacus), epsilon (Opacus's RDP accountant), testAccuracy.
Settings mirror Veil's: Poisson sampling, expected batch 256, C = 1, sigma = 1, Adam 1e-3, float32.
"""
import argparse
import gzip
import json
import statistics
import struct
import time

import numpy as np
import torch
import torch.nn as nn
from opacus import PrivacyEngine
from torch.utils.data import DataLoader, TensorDataset


def read_idx(path):
    with gzip.open(path, "rb") as f:
        data = f.read()
    dims = data[3]
    shape = struct.unpack(">" + "I" * dims, data[4:4 + 4 * dims])
    return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * dims).reshape(shape)


def mnist(root, split):
    prefix = "train" if split == "train" else "t10k"
    x = read_idx(f"{root}/{prefix}-images-idx3-ubyte.gz").astype(np.float32) / 255.0
    y = read_idx(f"{root}/{prefix}-labels-idx1-ubyte.gz").astype(np.int64)
    return torch.from_numpy(x.reshape(len(x), -1)), torch.from_numpy(y)


def model(task):
    if task == "mnist-mlp":
        return nn.Sequential(nn.Linear(784, 256), nn.ReLU(), nn.Linear(256, 256), nn.ReLU(), nn.Linear(256, 10))
    if task == "mnist-cnn":  # Papernot et al. 2021, as in Veil's ConvNetSpec.papernot2021Mnist()
        return nn.Sequential(nn.Unflatten(1, (1, 28, 28)),
                             nn.Conv2d(1, 16, 8, 2, padding=3), nn.Tanh(), nn.MaxPool2d(2, 1),
                             nn.Conv2d(16, 32, 4, 2), nn.Tanh(), nn.MaxPool2d(2, 1),
                             nn.Flatten(), nn.Linear(32 * 4 * 4, 32), nn.Tanh(), nn.Linear(32, 10))
    raise SystemExit("--task: mnist-mlp or mnist-cnn")


def epoch(net, opt, loader, loss_fn):
    start = time.perf_counter()
    for xb, yb in loader:
        if len(xb) == 0:
            continue
        opt.zero_grad()
        loss_fn(net(xb), yb).backward()
        opt.step()
    return time.perf_counter() - start


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--task", default="mnist-mlp")
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--mnist", required=True)
    p.add_argument("--epochs", type=int, default=3)
    a = p.parse_args()
    torch.set_num_threads(a.threads)
    torch.manual_seed(1)
    x, y = mnist(a.mnist, "train")
    xt, yt = mnist(a.mnist, "test")
    data = TensorDataset(x, y)
    loss_fn = nn.CrossEntropyLoss()

    plain_net = model(a.task)
    plain_opt = torch.optim.Adam(plain_net.parameters(), lr=1e-3)
    plain_loader = DataLoader(data, batch_size=256, shuffle=True)

    net = model(a.task)
    opt = torch.optim.Adam(net.parameters(), lr=1e-3)
    engine = PrivacyEngine(accountant="rdp")
    net, opt, loader = engine.make_private(module=net, optimizer=opt, data_loader=DataLoader(data, batch_size=256),
                                           noise_multiplier=1.0, max_grad_norm=1.0, poisson_sampling=True)
    plain, private = [], []
    for e in range(a.epochs + 1):  # interleaved; epoch 0 is the warm-up
        tp = epoch(plain_net, plain_opt, plain_loader, loss_fn)
        tq = epoch(net, opt, loader, loss_fn)
        if e > 0:
            plain.append(tp)
            private.append(tq)
    with torch.no_grad():
        acc = (net(xt).argmax(1) == yt).float().mean().item()
    print(json.dumps({"task": a.task, "threads": a.threads, "plainSecondsPerEpoch": statistics.median(plain),
                      "opacusSecondsPerEpoch": statistics.median(private),
                      "epsilon": engine.get_epsilon(1e-5), "testAccuracy": acc}))


if __name__ == "__main__":
    main()
